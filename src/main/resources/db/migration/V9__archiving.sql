-- Priorities, their statements, promises, governance bodies and partners are archived, never deleted: an archived
-- item leaves the board's pages but stays in the database, shown as "Archived" to administrators.
alter table priority add column archived boolean not null default false;
alter table priority_statement add column archived boolean not null default false;
alter table promise add column archived boolean not null default false;
alter table governance_body add column archived boolean not null default false;
alter table partner_organisation add column archived boolean not null default false;
