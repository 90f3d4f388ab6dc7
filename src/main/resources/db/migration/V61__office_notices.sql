-- Notices for the offices (issue 11, point 6): a notification with an audience (a role: DISPATCHER, SUPERVISOR) is
-- read by the users holding that role whose region covers the subject's region; without an audience it belongs to
-- its unit as before. unit_id stays the unit the notice is about. dedup_key makes a coalesced notice (one per unit
-- and month) unique: a second attempt inserts nothing.
alter table notification add column audience varchar(16);
alter table notification add column region_code varchar(12);
alter table notification add column unit_region_code varchar(12);
alter table notification add column dedup_key varchar(120);
create unique index notification_dedup on notification(dedup_key);
create index notification_audience on notification(audience, id);
