-- The audit trail that proves itself (CONTRACT §16): every entry names its object and field changes, the address it
-- came from, and is chained by hash (SHA-256 over its content and the previous entry's hash). The id is the entry's
-- place in the chain: entries are written in id order under the row lock of audit_chain_head.
alter table audit_log add column object_type varchar(64);
alter table audit_log add column object_id varchar(200);
alter table audit_log add column object_name varchar(400);
alter table audit_log add column note varchar(4000);
alter table audit_log add column client_ip varchar(64);
alter table audit_log add column changes varchar(200000);
alter table audit_log add column prev_hash varchar(64);
alter table audit_log add column entry_hash varchar(64);
create index audit_log_actor on audit_log(actor);
create index audit_log_action on audit_log(action);
create index audit_log_object on audit_log(object_type, object_id);

-- One row: the last entry of the chain. Entries up to legacy_until were written before the chain and are chained,
-- in id order, when the application first starts; any other entry without a hash is a break.
create table audit_chain_head (
    id           integer primary key,
    last_id      bigint      not null,
    last_hash    varchar(64) not null,
    legacy_until bigint      not null
);
insert into audit_chain_head(id, last_id, last_hash, legacy_until)
select 1, 0, '0000000000000000000000000000000000000000000000000000000000000000', coalesce(max(id), 0) from audit_log;
