-- Recommendations answered (#15, item 5): a strategy's sources of recommendations (a scrutiny review, an inspection,
-- an audit, a peer review: kind and title in the council's words) and their recommendations, numbered as written, in
-- order. Actions answer recommendations, many to many; the free-text cross_reference of an action stays for what
-- names no recorded recommendation. Archived, never deleted.
create table recommendation_source (
    id          bigserial primary key,
    strategy_id bigint        not null references strategy (id),
    position    int           not null,
    title       varchar(500)  not null,
    kind        varchar(100)  not null,
    issued_on   date          not null,
    made_by     varchar(300)  not null,
    link        varchar(2000),
    archived    boolean       not null default false,
    version     bigint        not null default 0,
    unique (strategy_id, position)
);

create table recommendation (
    id        bigserial primary key,
    source_id bigint       not null references recommendation_source (id),
    position  int          not null,
    ref       varchar(40)  not null,
    text      text         not null,
    archived  boolean      not null default false,
    version   bigint       not null default 0,
    unique (source_id, position)
);

create table action_recommendation (
    recommendation_id bigint not null references recommendation (id),
    action_id         bigint not null references action (id),
    primary key (recommendation_id, action_id)
);

create index action_recommendation_action on action_recommendation (action_id);
