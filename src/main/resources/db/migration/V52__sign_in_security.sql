-- Sign-in and administration (CONTRACT §16): consecutive failed sign-ins and the lock they cause, when the password
-- was last set and whether the user must change it at the next sign-in through the pages, the version of the
-- credentials (page sessions remember it: a password change or a disabled account ends them), and the demo accounts'
-- exemption from the password policy.
alter table app_user add column failed_logins integer not null default 0;
alter table app_user add column locked_until timestamp with time zone;
alter table app_user add column password_changed_at timestamp with time zone;
alter table app_user add column must_change_password boolean not null default false;
alter table app_user add column credentials_version integer not null default 0;
alter table app_user add column policy_exempt boolean not null default false;
update app_user set password_changed_at = created_at;
