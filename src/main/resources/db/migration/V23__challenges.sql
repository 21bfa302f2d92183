-- The board's challenge log. A challenge is raised by a board member on a measure, an action, a priority or theme,
-- or a quarter as a whole, in the context of a quarter; it goes to the item's owners, who answer; the member who
-- raised it marks it answered or follows it up. The challenge row holds where it stands now (its version guards every
-- step); every step is a row of challenge_step, dated and never changed, so that what stood at any moment (a
-- quarter's publication, for the board pack) is read from the steps taken by then.
create table challenge (
    id              bigserial primary key,
    strategy_id     bigint      not null references strategy (id),
    subject_kind    text        not null check (subject_kind in ('MEASURE', 'ACTION', 'PRIORITY', 'QUARTER')),
    subject_id      bigint,
    subject_ref     text,
    subject         text        not null,
    priority_id     bigint references priority (id),
    period_code     text        not null,
    question        text        not null,
    raised_by_id    bigint      not null references user_account (id),
    raised_by_name  text        not null,
    raised_at       timestamptz not null,
    owner_ids       bigint[]    not null,
    owner_names     text        not null,
    state           text        not null check (state in ('AWAITING_ANSWER', 'ANSWERED', 'CLOSED')),
    answer_by       date,
    version         bigint      not null default 0,
    constraint challenge_subject check ((subject_kind = 'QUARTER') = (subject_id is null))
);
create index challenge_strategy_idx on challenge (strategy_id, raised_at);
create index challenge_subject_idx on challenge (strategy_id, subject_kind, subject_id);
create index challenge_owner_idx on challenge using gin (owner_ids);

create table challenge_step (
    id            bigserial primary key,
    challenge_id  bigint      not null references challenge (id),
    kind          text        not null check (kind in ('RAISED', 'ANSWERED', 'FOLLOWED_UP', 'CLOSED')),
    words         text,
    answer_by     date,
    by_id         bigint      not null references user_account (id),
    by_name       text        not null,
    taken_at      timestamptz not null
);
create index challenge_step_challenge_idx on challenge_step (challenge_id, taken_at, id);
