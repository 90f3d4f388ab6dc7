-- A closed month stays as it was published (月度快照, issue 12 point 5, CONTRACT §11): closing a reporting period
-- records every project of the year as it stood (the project as JSON), what it had completed through the month and
-- the warning thresholds in force; the figures of that month are computed from this record until the period is
-- reopened.
create table month_snapshot (
    period              varchar(7)    primary key,
    taken_at            timestamp with time zone not null,
    red_gap             decimal(8,2)  not null,
    yellow_gap          decimal(8,2)  not null,
    red_late_start_days integer       not null
);

create table month_snapshot_project (
    period     varchar(7)    not null references month_snapshot(period) on delete cascade,
    project_id bigint        not null,
    project    text          not null,
    completed  decimal(16,2),
    primary key (period, project_id)
);
