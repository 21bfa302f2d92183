-- How a strategy's statuses roll up, and the margin within which a value is "similar" to a benchmark.
alter table strategy
    add column rollup_rule varchar(20) not null default 'WORST_OF'
        check (rollup_rule in ('WORST_OF', 'MAJORITY', 'PROPORTION_GREEN')),
    add column benchmark_margin_percent numeric(5, 2) not null default 5
        check (benchmark_margin_percent >= 0 and benchmark_margin_percent <= 100);

-- A qualitative measure carries the status its owner gives it, always with a comment.
alter table measure_value
    add column owner_status varchar(10) check (owner_status in ('RED', 'AMBER', 'GREEN')),
    add constraint measure_value_owner_status_comment check (owner_status is null or length(trim(note)) > 0);
