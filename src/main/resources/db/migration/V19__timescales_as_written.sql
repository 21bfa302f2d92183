-- Timescales as written: an action's due date is kept exactly as the plan writes it (due_text, now up to 300
-- characters), beside what the tracker understands of it: a deadline of any kind (a financial year, a term, the end of
-- the strategy), a recurrence on its own or after the deadline ("by September 2025 and then annually"), ongoing work
-- after the deadline, and a start ("from April 2025", in starts_on).
do
$$
    declare
        c record;
    begin
        for c in select conname
                 from pg_constraint
                 where conrelid = 'action'::regclass
                   and contype = 'c'
                   and (pg_get_constraintdef(oid) like '%due_kind%' or pg_get_constraintdef(oid) like '%recurrence%')
            loop
                execute format('alter table action drop constraint %I', c.conname);
            end loop;
    end
$$;

alter table action
    alter column due_text type varchar(300),
    add column due_then_ongoing boolean not null default false,
    add constraint action_due_kind_check
        check (due_kind in ('DATE', 'MONTH', 'QUARTER', 'YEAR', 'TERM', 'STRATEGY_END', 'ONGOING', 'RECURRING')),
    add constraint action_recurrence_check
        check (recurrence in ('MONTHLY', 'HALF_TERMLY', 'TERMLY', 'QUARTERLY', 'SIX_MONTHLY', 'ANNUALLY')),
    add constraint action_due_date_check
        check ((due_kind in ('ONGOING', 'RECURRING')) = (due_date is null)),
    add constraint action_due_recurrence_check
        check ((due_kind <> 'RECURRING' or recurrence is not null) and (due_kind <> 'ONGOING' or recurrence is null)),
    add constraint action_due_then_ongoing_check
        check (not due_then_ongoing or (due_date is not null and recurrence is null));

alter table action_due_change
    alter column from_text type varchar(300),
    alter column to_text type varchar(300);
