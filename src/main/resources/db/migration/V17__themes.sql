-- A theme is a cross-cutting section of a strategy ("Cross-cutting theme: Health and wellbeing", "Golden thread: the
-- voice of the child"): it holds statements, actions and measures as a priority does, but has no number. It is a row
-- of priority with kind THEME, so that everything hanging off a priority works for it unchanged. Its number is only
-- its place among the strategy's themes (never shown); a priority's number stays unique among the priorities.
alter table priority add column kind varchar(10) not null default 'PRIORITY' check (kind in ('PRIORITY', 'THEME'));
alter table priority drop constraint priority_strategy_id_number_key;
alter table priority add constraint priority_strategy_id_kind_number_key unique (strategy_id, kind, number);
