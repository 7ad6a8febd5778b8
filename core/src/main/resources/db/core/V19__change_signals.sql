-- Changes that servers keep in memory are announced by the database itself, on channel vigil_changes, as
-- '<topic>:<key>': delivered by PostgreSQL to every listening server when the changing transaction commits, whichever
-- server (or none) made the change. A server that remembered right Basic credentials forgets them at once when the
-- account's password, state or department changes, or the account goes, instead of after the entry's minute.
create function signal_account_change() returns trigger
    language plpgsql as
$$
begin
    perform pg_notify('vigil_changes', 'account:' || old.username);
    return null;
end
$$;

-- only when one of them really changes: the application writes every column of an account when it records a
-- sign-in, and a signal then would make every server hash that person's password again
create trigger user_account_signal
    after update on user_account
    for each row
    when (old.password_hash is distinct from new.password_hash
        or old.enabled is distinct from new.enabled
        or old.username is distinct from new.username
        or old.department_id is distinct from new.department_id)
    execute function signal_account_change();

create trigger user_account_removal_signal
    after delete on user_account
    for each row execute function signal_account_change();

-- roles live beside the account
create function signal_role_change() returns trigger
    language plpgsql as
$$
declare
    name varchar(64);
begin
    select username into name from core.user_account where id = coalesce(new.user_id, old.user_id);
    if name is not null then
        perform pg_notify('vigil_changes', 'account:' || name);
    end if;
    return null;
end
$$;

create trigger user_role_signal
    after insert or update or delete on user_role
    for each row execute function signal_role_change();
