-- A strategy's narrative sections are edited, reordered and archived on screen: an archived section leaves the board's
-- pages (and any edition published after) but stays in administration, where it can be restored.
alter table strategy_section add column archived boolean not null default false;
