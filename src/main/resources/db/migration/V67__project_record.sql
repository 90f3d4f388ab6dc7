-- The record a 项目办 keeps (issue 12 point 1, CONTRACT §11): owner, contact, content and scale, actual completion,
-- what was completed in earlier years and the project of last year it continues (续建), cooperating units and the
-- funding plan by source.
alter table project add column owner_name varchar(200);
alter table project add column contact_name varchar(50);
alter table project add column contact_phone varchar(30);
alter table project add column content varchar(2000);
alter table project add column actual_completion date;
alter table project add column completed_before decimal(16,2);
alter table project add column continued_from bigint references project(id);

create table project_cooperating_unit (
    project_id bigint not null references project(id) on delete cascade,
    unit_id    bigint not null references unit(id),
    primary key (project_id, unit_id)
);
create index project_cooperating_unit_unit on project_cooperating_unit(unit_id);

create table project_funding (
    project_id bigint        not null references project(id) on delete cascade,
    source     varchar(32)   not null,
    planned    decimal(16,2) not null,
    in_place   decimal(16,2),
    primary key (project_id, source)
);
