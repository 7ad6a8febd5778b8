-- The case list's name search looks in the violator's name and the establishment's name. It looked the
-- establishment up by its own index and tested every case against the ids found, which for a common term ("ng":
-- 210,000 establishments) took 46 s. Each case now keeps the folded name of its establishment beside the violator's
-- (kept by the database: on insert, when a case changes establishment, and when an establishment is renamed), and
-- one trigram index covers both as "violator | establishment", so the search reads the cases alone.
alter table violation_case add column establishment_name_folded varchar(200);

update violation_case c
   set establishment_name_folded = e.name_folded
  from inspection.establishment e
 where e.id = c.establishment_id;

create function case_establishment_name() returns trigger language plpgsql as $$
begin
    new.establishment_name_folded :=
        (select e.name_folded from inspection.establishment e where e.id = new.establishment_id);
    return new;
end
$$;
create trigger violation_case_establishment_name before insert or update of establishment_id on violation_case
    for each row execute function case_establishment_name();

create function establishment_renamed() returns trigger language plpgsql as $$
begin
    update violation.violation_case set establishment_name_folded = new.name_folded
     where establishment_id = new.id;
    return null;
end
$$;
create trigger establishment_renamed_in_cases after update of name_folded on inspection.establishment
    for each row when (old.name_folded is distinct from new.name_folded)
    execute function establishment_renamed();

do $$
begin
    if exists (select 1 from pg_extension where extname = 'pg_trgm') then
        create index violation_case_parties_trigram on violation_case
            using gin ((coalesce(violator_name_folded, '') || ' | ' || coalesce(establishment_name_folded, ''))
                       public.gin_trgm_ops);
        -- the violator's name alone had its own trigram index (V13); the new one covers it
        drop index if exists violation_case_violator_trigram;
    end if;
end
$$;

-- Keyset paging in the default order (next deadline, cases without one last, then id) reads one index range from
-- the cursor's row: the deadline with the empty ones as "infinity", so the key has no nulls. A status filter reads
-- its own range in either order (next deadline, or most recently detected).
create index violation_case_due_key on violation_case ((coalesce(due_on, 'infinity'::date)), id);
create index violation_case_status_due_key on violation_case (status, (coalesce(due_on, 'infinity'::date)), id);
create index violation_case_status_detected on violation_case (status, detected_on desc, id desc);
