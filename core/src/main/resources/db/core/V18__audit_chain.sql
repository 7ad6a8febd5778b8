-- A tamper-evident audit log: every audit entry is sealed, in the order the sealer meets them, into a chain where each
-- link's hash is an HMAC (a key kept outside the database) of the previous link's hash and the entry's fields. Editing,
-- deleting or inserting an entry behind the application's back breaks the chain at that link, and the verification
-- names the first broken one. The seals are append-only, like the entries.
create table audit_seal (
    seq        bigint       primary key check (seq > 0),
    entry_id   bigint       not null unique references audit_entry (id),
    hash       char(64)     not null,
    sealed_at  timestamptz  not null default now()
);

create trigger audit_seal_no_update_delete before update or delete on audit_seal
    for each row execute function audit_entry_is_append_only();
create trigger audit_seal_no_truncate before truncate on audit_seal
    for each statement execute function audit_entry_is_append_only();
