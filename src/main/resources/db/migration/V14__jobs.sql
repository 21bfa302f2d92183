-- Background jobs (the jobs module): long work such as an import runs on a worker of one instance, not in a request.
-- A job is claimed with SELECT ... FOR UPDATE SKIP LOCKED, so two instances never run the same one; the instance
-- holds it for a lease it renews while it works, and a job whose lease ran out (its instance died) is claimed again
-- and run from the start. The handler's work and the move to SUCCEEDED are one transaction, so a job succeeds once.
create table job (
    id                bigserial primary key,
    kind              varchar(60)   not null,
    strategy_id       bigint        references strategy (id),
    started_by_id     bigint        not null references user_account (id),
    started_by_name   varchar(60)   not null,
    file_name         varchar(255),
    content           bytea,
    parameter         text,
    state             varchar(10)   not null check (state in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    progress_done     bigint        not null default 0 check (progress_done >= 0),
    progress_total    bigint        not null default 0 check (progress_total >= 0),
    stage             varchar(200),
    summary           varchar(1000),
    link_path         varchar(500),
    link_text         varchar(200),
    failure_message   varchar(1000),
    attempts          int           not null default 0,
    created_at        timestamptz   not null,
    started_at        timestamptz,
    finished_at       timestamptz,
    claimed_by        varchar(200),
    lease_until       timestamptz,
    version           bigint        not null default 0,
    check ((state in ('SUCCEEDED', 'FAILED')) = (finished_at is not null))
);
-- What a poller looks for: jobs waiting, and running jobs whose lease may have run out.
create index job_unfinished_idx on job (id) where state in ('QUEUED', 'RUNNING');
-- What the clean-up looks for: finished jobs that still hold their file.
create index job_file_kept_idx on job (finished_at) where content is not null;
