-- Failed sign-ins counted by where they come from, so that nobody can lock a person out by typing their username:
-- one row per client address and username typed (whether or not such an account exists), and one row per client
-- address across every username, whose username_key is the empty string (a blank username is counted only there).
-- The client key is the remote address, or for IPv6 its /64 network. SignInThrottle holds the rule.
-- A row whose last failure is more than a day old is deleted at the next sign-in, and so forgotten.
drop table sign_in_throttle;

create table sign_in_throttle_by_client (
    client_key       varchar(64)  not null,
    username_key     varchar(200) not null,
    failures         int          not null default 0 check (failures >= 0),
    last_failure     timestamptz  not null,
    refusal_recorded boolean      not null default false,
    primary key (client_key, username_key)
);
create index sign_in_throttle_by_client_age_idx on sign_in_throttle_by_client (last_failure);
