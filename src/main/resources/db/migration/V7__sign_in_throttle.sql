-- Failed sign-ins per username typed (whether or not such an account exists, so the lock-out says nothing about
-- which accounts exist). Five failures lock that username for fifteen minutes.
create table sign_in_throttle (
    username_key varchar(200) primary key,
    failures     int         not null default 0,
    locked_until timestamptz,
    last_failure timestamptz
);
