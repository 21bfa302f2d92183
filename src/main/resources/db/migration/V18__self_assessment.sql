-- Self-assessment against a framework (the corporate parenting principles, the LGA's characteristics of good
-- corporate parenting, an inspection's judgement areas...): its criteria as the council writes them, the council's own
-- rating scale, and each quarter a rating with evidence for each criterion, by its named lead.
create table assessment_framework (
    id          bigserial primary key,
    strategy_id bigint       not null unique references strategy (id),
    name        varchar(300) not null,
    source      text,
    description text,
    version     bigint       not null default 0
);

create table assessment_criterion (
    id           bigserial primary key,
    framework_id bigint       not null references assessment_framework (id),
    position     int          not null,
    ref          varchar(40),
    title        varchar(500) not null,
    description  text,
    lead_title   varchar(300),
    lead_user_id bigint references user_account (id),
    archived     boolean      not null default false,
    version      bigint       not null default 0,
    unique (framework_id, position)
);

-- One step of the council's scale ("Good", "Partly met", "3"), in the council's order (best first, as written), with
-- the colour its tag carries beside the words: none, or one of the board's statuses.
create table assessment_level (
    id           bigserial primary key,
    framework_id bigint       not null references assessment_framework (id),
    position     int          not null,
    words        varchar(200) not null,
    description  text,
    colour       varchar(20) check (colour in ('RED', 'AMBER', 'GREEN', 'COMPLETE')),
    archived     boolean      not null default false,
    version      bigint       not null default 0,
    unique (framework_id, position)
);

-- A criterion's rating for a quarter, with its evidence and the actions and measures it cites. Once the board has
-- seen the quarter a change is a correction with its reason; what it said before is kept beside it, superseded.
create table assessment_rating (
    id              bigserial primary key,
    criterion_id    bigint       not null references assessment_criterion (id),
    period_code     varchar(10)  not null check (period_code ~ '^[0-9]{4}-[0-9]{2}-Q[1-4]$'),
    period_end      date         not null,
    level_id        bigint       not null references assessment_level (id),
    evidence        text         not null,
    action_ids      bigint[]     not null default '{}',
    measure_ids     bigint[]     not null default '{}',
    entered_by_id   bigint references user_account (id),
    entered_by_name varchar(100) not null,
    entered_at      timestamptz  not null,
    revision_of_id  bigint references assessment_rating (id),
    revision_reason text,
    superseded      boolean      not null default false,
    version         bigint       not null default 0,
    check (revision_of_id is null or revision_reason is not null)
);
create unique index assessment_rating_current_idx on assessment_rating (criterion_id, period_code) where not superseded;
create index assessment_criterion_lead_idx on assessment_criterion (lead_user_id);
