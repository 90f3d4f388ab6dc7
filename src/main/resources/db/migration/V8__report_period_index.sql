-- The month index ends with the project: a per-project lookup within a month never scans the month (seen on large
-- imports into an empty table, where both H2 and PostgreSQL chose the month index for every row).
drop index monthly_report_period;
create index monthly_report_period on monthly_report(report_year, report_month, project_id);
