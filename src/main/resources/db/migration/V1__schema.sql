-- Corporate Parenting Tracker schema, version 1.
-- Owned by Flyway; Hibernate only validates it. Every editable row carries a version for optimistic locking.

-- users ---------------------------------------------------------------------------------------------------
create table user_account (
    id            bigserial primary key,
    username      varchar(60)  not null check (username ~ '^[A-Za-z0-9._@-]{2,60}$'),
    display_name  varchar(200) not null,
    email         varchar(320),
    job_title     varchar(300),
    password_hash varchar(200) not null,
    enabled       boolean      not null default true,
    demo          boolean      not null default false,
    created_at    timestamptz  not null default now(),
    version       bigint       not null default 0
);
create unique index user_account_username_uq on user_account (lower(username));

create table user_role (
    user_id bigint      not null references user_account (id) on delete cascade,
    role    varchar(30) not null check (role in ('BOARD_MEMBER', 'OFFICER', 'ADMINISTRATOR')),
    primary key (user_id, role)
);

-- strategy ------------------------------------------------------------------------------------------------
create table strategy (
    id        bigserial primary key,
    slug      varchar(80)  not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title     varchar(300) not null,
    subtitle  varchar(300),
    council   varchar(200) not null,
    starts_on date         not null,
    ends_on   date         not null,
    status    varchar(20)  not null check (status in ('DRAFT', 'CURRENT', 'ARCHIVED')),
    vision    text,
    contact   varchar(320),
    demo      boolean      not null default false,
    version   bigint       not null default 0,
    check (ends_on > starts_on)
);

create table strategy_section (
    id          bigserial primary key,
    strategy_id bigint       not null references strategy (id),
    position    int          not null,
    heading     varchar(300) not null,
    body        text         not null,
    version     bigint       not null default 0,
    unique (strategy_id, position)
);

-- governance ----------------------------------------------------------------------------------------------
create table partner_organisation (
    id          bigserial primary key,
    strategy_id bigint       not null references strategy (id),
    name        varchar(300) not null,
    description text,
    position    int          not null,
    version     bigint       not null default 0,
    unique (strategy_id, name)
);

create table governance_body (
    id            bigserial primary key,
    strategy_id   bigint       not null references strategy (id),
    name          varchar(300) not null,
    kind          varchar(30)  not null check (kind in ('BOARD', 'COMMITTEE', 'STRATEGY_GROUP', 'WORKSTREAM',
                                                       'CHILDREN_IN_CARE_COUNCIL', 'SCRUTINY', 'PARTNERSHIP', 'CABINET')),
    description   text,
    membership    text,
    chair_title   varchar(300),
    reports_to_id bigint references governance_body (id),
    position      int          not null,
    version       bigint       not null default 0,
    unique (strategy_id, name),
    check (reports_to_id is null or reports_to_id <> id)
);

-- priorities and what hangs under them --------------------------------------------------------------------
create table priority (
    id            bigserial primary key,
    strategy_id   bigint       not null references strategy (id),
    label         varchar(60)  not null,
    number        int          not null check (number > 0),
    title         varchar(500) not null,
    statement     text,
    vision        text,
    challenge     text,
    lead_title    varchar(300),
    lead_user_id  bigint references user_account (id),
    workstream_id bigint references governance_body (id),
    version       bigint       not null default 0,
    unique (strategy_id, number)
);

create table priority_partner (
    priority_id bigint not null references priority (id),
    partner_id  bigint not null references partner_organisation (id),
    position    int    not null,
    primary key (priority_id, partner_id)
);

create table priority_statement (
    id          bigserial primary key,
    priority_id bigint      not null references priority (id),
    kind        varchar(30) not null check (kind in ('COMMITMENT', 'OUTCOME_STATEMENT', 'OBJECTIVE')),
    position    int         not null,
    text        text        not null,
    version     bigint      not null default 0,
    unique (priority_id, position)
);

-- actions -------------------------------------------------------------------------------------------------
create table action (
    id              bigserial primary key,
    strategy_id     bigint      not null references strategy (id),
    priority_id     bigint      not null references priority (id),
    statement_id    bigint references priority_statement (id),
    ref             varchar(20) not null,
    position        int         not null,
    text            text        not null,
    cross_reference varchar(300),
    due_kind        varchar(20) not null check (due_kind in ('DATE', 'MONTH', 'QUARTER', 'ONGOING', 'RECURRING')),
    due_date        date,
    due_text        varchar(100) not null,
    recurrence      varchar(20) check (recurrence in ('MONTHLY', 'QUARTERLY', 'SIX_MONTHLY', 'ANNUALLY')),
    starts_on       date,
    success_measure text,
    status          varchar(20) not null default 'ACTIVE'
                        check (status in ('ACTIVE', 'COMPLETE', 'CANCELLED', 'SUPERSEDED')),
    completed_on    date,
    version         bigint      not null default 0,
    unique (strategy_id, ref),
    check (due_kind in ('ONGOING', 'RECURRING') or due_date is not null),
    check ((due_kind = 'RECURRING') = (recurrence is not null)),
    check (status <> 'COMPLETE' or completed_on is not null)
);
create index action_priority_idx on action (priority_id);

create table action_lead (
    id        bigserial primary key,
    action_id bigint       not null references action (id),
    position  int          not null,
    job_title varchar(300) not null,
    user_id   bigint references user_account (id),
    unique (action_id, position)
);
create index action_lead_user_idx on action_lead (user_id);

create table action_partner (
    action_id  bigint not null references action (id),
    partner_id bigint not null references partner_organisation (id),
    primary key (action_id, partner_id)
);

create table progress_update (
    id                  bigserial primary key,
    action_id           bigint      not null references action (id),
    period_code         varchar(20) not null,
    progress            text        not null,
    assessment          varchar(20) not null check (assessment in ('ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'COMPLETE')),
    state               varchar(20) not null check (state in ('DRAFT', 'SUBMITTED')),
    completed_on        date,
    proposed_due_date   date,
    proposed_due_reason text,
    author_id           bigint references user_account (id),
    author_name         varchar(200) not null,
    created_at          timestamptz not null default now(),
    submitted_at        timestamptz,
    demo                boolean     not null default false,
    version             bigint      not null default 0,
    check (assessment <> 'COMPLETE' or completed_on is not null),
    check ((proposed_due_date is null) = (proposed_due_reason is null))
);
create index progress_update_action_idx on progress_update (action_id, period_code);

-- measures ------------------------------------------------------------------------------------------------
create table measure (
    id                 bigserial primary key,
    strategy_id        bigint      not null references strategy (id),
    priority_id        bigint references priority (id),
    statement_id       bigint references priority_statement (id),
    ref                varchar(20) not null,
    position           int         not null,
    title              text        not null,
    definition         text,
    unit               varchar(20) not null check (unit in ('PERCENTAGE', 'NUMBER', 'DAYS', 'RATE_PER_10000', 'QUALITATIVE')),
    polarity           varchar(20) not null check (polarity in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'TARGET_RANGE', 'CONTEXT_ONLY')),
    frequency          varchar(20) not null check (frequency in ('MONTHLY', 'QUARTERLY', 'TERMLY', 'HALF_TERMLY', 'ANNUAL', 'YEAR_TO_DATE')),
    owner_title        varchar(300),
    owner_user_id      bigint references user_account (id),
    cyp_plan_priority  varchar(300),
    corporate_priority varchar(300),
    active             boolean     not null default true,
    demo               boolean     not null default false,
    version            bigint      not null default 0,
    unique (strategy_id, ref)
);
create index measure_priority_idx on measure (priority_id);
create index measure_owner_idx on measure (owner_user_id);

create table measure_target (
    id              bigserial primary key,
    measure_id      bigint         not null references measure (id),
    year            varchar(7)     not null check (year ~ '^[0-9]{4}-[0-9]{2}$'),
    target          numeric(14, 4),
    target_low      numeric(14, 4),
    target_high     numeric(14, 4),
    amber_threshold numeric(14, 4) not null default 0 check (amber_threshold >= 0),
    reason          text,
    version         bigint         not null default 0,
    unique (measure_id, year),
    check ((target is not null and target_low is null and target_high is null)
        or (target is null and target_low is not null and target_high is not null and target_low <= target_high))
);

create table measure_benchmark (
    id             bigserial primary key,
    measure_id     bigint     not null references measure (id),
    year           varchar(7) not null check (year ~ '^[0-9]{4}-[0-9]{2}$'),
    stat_neighbour numeric(14, 4),
    national       numeric(14, 4),
    source         text,
    version        bigint     not null default 0,
    unique (measure_id, year)
);

create table measure_value (
    id              bigserial primary key,
    measure_id      bigint       not null references measure (id),
    period_code     varchar(20)  not null,
    period_start    date         not null,
    period_end      date         not null,
    value           numeric(14, 4),
    suppressed      boolean      not null default false,
    text_value      text,
    note            text,
    demo            boolean      not null default false,
    entered_by_id   bigint references user_account (id),
    entered_by_name varchar(200) not null,
    entered_at      timestamptz  not null default now(),
    version         bigint       not null default 0,
    unique (measure_id, period_code),
    check (period_end >= period_start),
    check (not (suppressed and value is not null)),
    check (suppressed or value is not null or text_value is not null)
);

-- the promise to children -----------------------------------------------------------------------------------
create table promise (
    id          bigserial primary key,
    strategy_id bigint not null references strategy (id),
    position    int    not null,
    text        text   not null,
    version     bigint not null default 0,
    unique (strategy_id, position)
);

create table promise_action (
    promise_id bigint not null references promise (id),
    action_id  bigint not null references action (id),
    primary key (promise_id, action_id)
);

create table promise_measure (
    promise_id bigint not null references promise (id),
    measure_id bigint not null references measure (id),
    primary key (promise_id, measure_id)
);
