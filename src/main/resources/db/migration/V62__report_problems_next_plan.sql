-- The month's report also says what problems the project met and what is planned for next month (issue 11 point 2).
alter table monthly_report add column problems varchar(1000);
alter table monthly_report add column next_plan varchar(1000);
alter table report_history add column problems varchar(1000);
alter table report_history add column next_plan varchar(1000);
