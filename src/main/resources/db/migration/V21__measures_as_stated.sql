-- Measures as councils state them (#15, item 7).

-- The benchmark margin is in the measure's own units (POINTS: percentage points for a percentage) or a percentage of
-- the benchmark (PERCENT, as every strategy had it until now). The amount keeps its column.
alter table strategy
    add column benchmark_margin_unit varchar(10) not null default 'PERCENT'
        check (benchmark_margin_unit in ('POINTS', 'PERCENT'));

-- A measure's baseline: the figure it started from, in its unit, and when, as the document writes it ("2023-24",
-- "March 2024"); and its own benchmark margin, overriding the strategy's (both parts or neither).
alter table measure
    add column baseline_value        numeric(14, 4) check (baseline_value >= 0),
    add column baseline_when         varchar(100),
    add column benchmark_margin      numeric(14, 4) check (benchmark_margin >= 0),
    add column benchmark_margin_unit varchar(10) check (benchmark_margin_unit in ('POINTS', 'PERCENT')),
    add constraint measure_baseline_when_needs_value check (baseline_when is null or baseline_value is not null),
    add constraint measure_margin_whole check ((benchmark_margin is null) = (benchmark_margin_unit is null));

-- A qualitative measure is never asked which way is better: it is rated by its owner, or shown for context only.
alter table measure drop constraint measure_polarity_check;
alter table measure
    add constraint measure_polarity_check
        check (polarity in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'TARGET_RANGE', 'CONTEXT_ONLY', 'OWNER_RATED')),
    add constraint measure_owner_rated_qualitative check (polarity <> 'OWNER_RATED' or unit = 'QUALITATIVE');
update measure set polarity = 'OWNER_RATED' where unit = 'QUALITATIVE' and polarity <> 'CONTEXT_ONLY';
