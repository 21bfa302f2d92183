-- "You said, we did": what children and young people told the council, and what it did in response. An entry is its
-- identity and number only; everything said about it (the source, their words, consent, the summary, what we did, its
-- status and what it answers) is a dated state, a new row at each change, never overwritten, so that a published
-- quarter's pack reads each entry as it stood when the quarter was published.
create table voice_entry (
    id          bigserial primary key,
    strategy_id bigint      not null references strategy (id),
    number      integer     not null check (number > 0),
    changed_at  timestamptz not null,
    version     bigint      not null default 0,
    unique (strategy_id, number)
);

create table voice_entry_state (
    id               bigserial primary key,
    entry_id         bigint       not null references voice_entry (id),
    source_kind      varchar(200) not null,
    source_name      varchar(300) not null,
    heard_on         date         not null,
    words            text         not null,
    consent          boolean      not null,
    summary          text,
    status           varchar(20)  not null check (status in ('HEARD', 'IN_PROGRESS', 'DONE')),
    what_we_did      text,
    promise_ids      bigint[]     not null default '{}',
    action_ids       bigint[]     not null default '{}',
    measure_ids      bigint[]     not null default '{}',
    archived         boolean      not null default false,
    recorded_at      timestamptz  not null,
    recorded_by_name varchar(100) not null,
    check (consent or summary is not null)
);
create index voice_entry_state_entry_idx on voice_entry_state (entry_id, recorded_at);
