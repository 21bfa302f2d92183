-- Reporting by work area: a priority may report quarterly as a whole ("Reports quarterly as a work area"), its lead
-- writing an update on the priority itself. That update is a progress update whose subject is the priority instead of
-- an action, with the same draft and submit states, returned to its lead with a comment, and corrected after
-- publishing with a reason.
alter table priority add column reports_as_work_area boolean not null default false;
create index priority_lead_user_idx on priority (lead_user_id);

alter table progress_update alter column action_id drop not null;
alter table progress_update add column priority_id bigint references priority (id);
alter table progress_update add constraint progress_update_one_subject
    check ((action_id is null) <> (priority_id is null));
create unique index progress_update_one_per_priority_quarter on progress_update (priority_id, period_code)
    where priority_id is not null;

alter table progress_update drop constraint progress_update_state_check;
alter table progress_update add constraint progress_update_state_check
    check (state in ('DRAFT', 'SUBMITTED', 'RETURNED'));
alter table progress_update add column return_comment text;
alter table progress_update add column revision_reason text;
alter table progress_update add column revised_at timestamptz;
alter table progress_update add constraint progress_update_revision_with_reason
    check ((revised_at is null) = (revision_reason is null));
