-- Every change to anything: who, when, what, and each field's old and new value. Written in the same transaction
-- as the change it records, and never updated or deleted by the application.
create table audit_event (
    id          bigserial primary key,
    occurred_at timestamptz  not null default now(),
    user_id     bigint references user_account (id),
    username    varchar(100) not null,
    item_type   varchar(40)  not null,
    item_id     bigint,
    item_label  varchar(300) not null,
    action      varchar(30)  not null,
    changes     jsonb        not null default '[]'::jsonb,
    reason      text
);
create index audit_event_time_idx on audit_event (occurred_at desc);
create index audit_event_item_idx on audit_event (item_type, item_id);
create index audit_event_user_idx on audit_event (username);

-- A strategy's reporting quarters: opened for updates with a deadline, closed, then published to the board.
create table reporting_quarter (
    id           bigserial primary key,
    strategy_id  bigint      not null references strategy (id),
    period_code  varchar(10) not null check (period_code ~ '^[0-9]{4}-[0-9]{2}-Q[1-4]$'),
    state        varchar(12) not null check (state in ('OPEN', 'CLOSED', 'PUBLISHED')),
    deadline     date,
    opened_at    timestamptz,
    closed_at    timestamptz,
    published_at timestamptz,
    version      bigint      not null default 0,
    unique (strategy_id, period_code)
);

-- A correction after publishing is a revision, kept beside the original, with its reason.
alter table measure_value
    add column revision_of_id bigint references measure_value (id),
    add column revision_reason text,
    add column superseded boolean not null default false;
alter table measure_value drop constraint measure_value_measure_id_period_code_key;
create unique index measure_value_current_idx on measure_value (measure_id, period_code) where not superseded;
