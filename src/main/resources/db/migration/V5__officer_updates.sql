-- One update per action per quarter; a comment explains any amber or red assessment.
alter table progress_update add column risk_comment text;
create unique index progress_update_one_per_quarter on progress_update (action_id, period_code);
