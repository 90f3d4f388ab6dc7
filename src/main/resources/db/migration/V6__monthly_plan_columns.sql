-- The monthly plan (倒排工期) moves onto the project row: one read gives a project with its plan, which the figures
-- of every screen need. Null columns: no monthly plan.
alter table project add column plan_m01 decimal(16,2);
alter table project add column plan_m02 decimal(16,2);
alter table project add column plan_m03 decimal(16,2);
alter table project add column plan_m04 decimal(16,2);
alter table project add column plan_m05 decimal(16,2);
alter table project add column plan_m06 decimal(16,2);
alter table project add column plan_m07 decimal(16,2);
alter table project add column plan_m08 decimal(16,2);
alter table project add column plan_m09 decimal(16,2);
alter table project add column plan_m10 decimal(16,2);
alter table project add column plan_m11 decimal(16,2);
alter table project add column plan_m12 decimal(16,2);
update project set
    plan_m01 = (select amount from project_month_plan m where m.project_id = project.id and m.plan_month = 1),
    plan_m02 = (select amount from project_month_plan m where m.project_id = project.id and m.plan_month = 2),
    plan_m03 = (select amount from project_month_plan m where m.project_id = project.id and m.plan_month = 3),
    plan_m04 = (select amount from project_month_plan m where m.project_id = project.id and m.plan_month = 4),
    plan_m05 = (select amount from project_month_plan m where m.project_id = project.id and m.plan_month = 5),
    plan_m06 = (select amount from project_month_plan m where m.project_id = project.id and m.plan_month = 6),
    plan_m07 = (select amount from project_month_plan m where m.project_id = project.id and m.plan_month = 7),
    plan_m08 = (select amount from project_month_plan m where m.project_id = project.id and m.plan_month = 8),
    plan_m09 = (select amount from project_month_plan m where m.project_id = project.id and m.plan_month = 9),
    plan_m10 = (select amount from project_month_plan m where m.project_id = project.id and m.plan_month = 10),
    plan_m11 = (select amount from project_month_plan m where m.project_id = project.id and m.plan_month = 11),
    plan_m12 = (select amount from project_month_plan m where m.project_id = project.id and m.plan_month = 12)
where has_monthly_plan = true;
drop table project_month_plan;
