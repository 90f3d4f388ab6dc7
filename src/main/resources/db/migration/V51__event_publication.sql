-- Spring Modulith's event publication registry (spring-modulith-events-jdbc 1.4, schema-h2.sql and
-- schema-postgresql.sql): one row per event and listener, completion_date null until the listener succeeded.
-- Portable types (uuid, timestamp with time zone, varchar) so that the same file runs on H2 and PostgreSQL; the
-- serialized event may be long (a problem's text), hence the wide varchar; no index on it (PostgreSQL's b-tree
-- refuses long values), the lookups by event go through the listener's index.
create table event_publication (
    id               uuid                     not null,
    listener_id      varchar(512)             not null,
    event_type       varchar(512)             not null,
    serialized_event varchar(1000000)         not null,
    publication_date timestamp with time zone not null,
    completion_date  timestamp with time zone,
    primary key (id)
);
create index event_publication_by_listener_id_idx on event_publication (listener_id);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
