-- The working-day calendar beyond the built-in data (calendar/cn-official.csv): years an administrator added and
-- single dates marked (HOLIDAY, WORKDAY = a weekend day worked, ORDINARY = cancels a built-in entry).
create table calendar_year (
    cal_year   integer primary key,
    note       varchar(200),
    created_by varchar(64) not null,
    created_at timestamp with time zone not null
);

create table calendar_day (
    cal_date   date primary key,
    cal_kind   varchar(8) not null,
    name       varchar(100),
    created_by varchar(64) not null,
    created_at timestamp with time zone not null
);
