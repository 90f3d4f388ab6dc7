-- A report unlocked after its period was closed may be corrected once; the closed month's figures stay as they were
-- published (month snapshot), and the correction shows against them (issue 12 point 5).
alter table monthly_report add column correction_open boolean not null default false;
