-- What the board saw stays as it saw it. When a quarter is published, the strategy as it then stands (titles and
-- status settings, priorities, actions with their due dates and leads, measures with their targets and benchmarks)
-- is kept with it as JSON, and the board's pages of the quarter read that, never the rows an administrator goes on
-- editing. A correction of a published quarter is a new revision with its reason; none is ever changed.
create table published_edition (
    id          bigserial primary key,
    strategy_id bigint       not null references strategy (id),
    period_code varchar(10)  not null check (period_code ~ '^[0-9]{4}-[0-9]{2}-Q[1-4]$'),
    revision    int          not null check (revision >= 0),
    content     jsonb        not null,
    reason      text,
    created_at  timestamptz  not null default now(),
    created_by  varchar(100) not null,
    unique (strategy_id, period_code, revision),
    check ((revision = 0) = (reason is null))
);

-- When a correction of a published quarter was last published (it also moves the quarter's version).
alter table reporting_quarter add column corrected_at timestamptz;

-- A figure corrected after the board saw it, or supplied after the board saw it missing, carries its reason; the
-- original of a corrected figure is kept beside it, superseded. A supplied figure has a reason and no original.
alter table measure_value add constraint measure_value_revision_has_reason
    check (revision_of_id is null or revision_reason is not null);
