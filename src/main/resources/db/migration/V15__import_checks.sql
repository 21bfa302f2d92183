-- An upload's check (the transfer module): what importing the file would do, kept for its preview page, written by the
-- background job that checked it. The file itself stays with its job; confirming starts a second job that applies it,
-- only if it would still do what the check found (the fingerprint).
create table import_check (
    job_id        bigint       primary key references job (id) on delete cascade,
    kind          varchar(30)  not null check (kind in ('STRATEGY_WORKBOOK', 'VALUES')),
    strategy_id   bigint       references strategy (id) on delete cascade,
    fingerprint   varchar(64)  not null,
    preview       text         not null,
    applied_job   bigint       references job (id) on delete set null,
    created_at    timestamptz  not null
);
