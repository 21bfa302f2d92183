-- A strategy's exception rules: which measures and actions its exception report (and board pack) puts first.
-- Each rule is switched on or off; two take a number. A published quarter keeps the rules it was published with, in
-- its edition.
alter table strategy
    add column exception_red_or_amber_worsening boolean not null default true,
    add column exception_missed_target_running  boolean not null default true,
    add column exception_missed_target_quarters int     not null default 2
        check (exception_missed_target_quarters between 2 and 8),
    add column exception_worse_than_neighbours  boolean not null default true,
    add column exception_no_value_when_due      boolean not null default true,
    add column exception_overdue_action         boolean not null default true,
    add column exception_no_update              boolean not null default true,
    add column exception_due_date_moved         boolean not null default true,
    add column exception_due_date_moves         int     not null default 1
        check (exception_due_date_moves between 1 and 5);

-- Every change of an action's due date, dated: how many times a date moved by the time a quarter was published is
-- read from here, never from the action's row.
create table action_due_change (
    id          bigserial primary key,
    action_id   bigint       not null references action (id),
    from_text   varchar(100) not null,
    to_text     varchar(100) not null,
    changed_at  timestamptz  not null,
    changed_by  varchar(100) not null
);
create index action_due_change_action_idx on action_due_change (action_id, changed_at);
