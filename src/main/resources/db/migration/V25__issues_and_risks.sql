-- The issues and risks log of a strategy (issue #16, item 3).

-- The council's own rating scale for its issues and risks ("Low / Medium / High / Very high", a 5x5 matrix's bands),
-- in its order, each step with a colour or none: the same idea as the self-assessment's scale (scale.ScaleStep).
create table risk_level (
    id          bigserial primary key,
    strategy_id bigint       not null references strategy (id),
    position    int          not null,
    words       varchar(200) not null,
    description text,
    colour      varchar(20) check (colour in ('RED', 'AMBER', 'GREEN', 'COMPLETE')),
    archived    boolean      not null default false,
    version     bigint       not null default 0,
    unique (strategy_id, position)
);

-- An issue or a risk as it stands now, for the log and its filters. What it said at any earlier time is in its
-- entries: this row is never read back for an earlier date.
create table risk (
    id             bigserial primary key,
    strategy_id    bigint       not null references strategy (id),
    kind           varchar(10)  not null check (kind in ('ISSUE', 'RISK')),
    title          varchar(300) not null,
    description    text         not null,
    owner_id       bigint       not null references user_account (id),
    level_id       bigint references risk_level (id),
    state          varchar(10)  not null check (state in ('OPEN', 'CLOSED')),
    review_date    date,
    priority_ids   bigint[]     not null default '{}',
    action_ids     bigint[]     not null default '{}',
    raised_by_id   bigint references user_account (id),
    raised_by_name varchar(100) not null,
    raised_at      timestamptz  not null,
    version        bigint       not null default 0
);
create index risk_strategy_idx on risk (strategy_id);
create index risk_owner_idx on risk (owner_id) where state = 'OPEN';

-- Each step taken on an item (raised, changed, reviewed, closed, reopened), dated, with the item as that step left it:
-- its rating in the words and colour it then had, owner, status and next review. Never changed once written, so the
-- log reads as it stood at any moment (the board pack: as at the quarter's publication).
create table risk_entry (
    id              bigserial primary key,
    risk_id         bigint       not null references risk (id),
    step            varchar(10)  not null check (step in ('RAISED', 'CHANGED', 'REVIEWED', 'CLOSED', 'REOPENED')),
    kind            varchar(10)  not null check (kind in ('ISSUE', 'RISK')),
    title           varchar(300) not null,
    owner_id        bigint       not null references user_account (id),
    owner_name      varchar(100) not null,
    level_id        bigint references risk_level (id),
    level_words     varchar(200),
    level_colour    varchar(20),
    state           varchar(10)  not null check (state in ('OPEN', 'CLOSED')),
    review_date     date,
    note            text,
    entered_by_id   bigint references user_account (id),
    entered_by_name varchar(100) not null,
    entered_at      timestamptz  not null
);
create index risk_entry_risk_idx on risk_entry (risk_id, entered_at);

-- What is being done about it, each dated, kept in order, never changed.
create table risk_mitigation (
    id              bigserial primary key,
    risk_id         bigint      not null references risk (id),
    done_on         date        not null,
    text            text        not null,
    entered_by_id   bigint references user_account (id),
    entered_by_name varchar(100) not null,
    entered_at      timestamptz not null
);
create index risk_mitigation_risk_idx on risk_mitigation (risk_id, entered_at);
