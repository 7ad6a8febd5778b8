-- A province's or a commune's cases were found through their establishments: every case was tested against the
-- ids of the establishments in that area, which for a big province (HCMC: 60,000 establishments) read the whole
-- case table (200-550 ms). Each case now keeps the commune of its establishment, kept by the database like the
-- establishment's name (V15): on insert, when a case changes establishment, and when an establishment moves. A
-- commune's cases are then one index range in either list order.
alter table violation_case add column commune_id bigint;

update violation_case c
   set commune_id = e.commune_id
  from inspection.establishment e
 where e.id = c.establishment_id;

create or replace function case_establishment_name() returns trigger language plpgsql as $$
begin
    select e.name_folded, e.commune_id
      into new.establishment_name_folded, new.commune_id
      from inspection.establishment e
     where e.id = new.establishment_id;  -- no establishment: both null
    return new;
end
$$;

create function establishment_moved() returns trigger language plpgsql as $$
begin
    update violation.violation_case set commune_id = new.commune_id
     where establishment_id = new.id;
    return null;
end
$$;
create trigger establishment_moved_in_cases after update of commune_id on inspection.establishment
    for each row when (old.commune_id is distinct from new.commune_id)
    execute function establishment_moved();

create index violation_case_commune_due_key on violation_case
    (commune_id, (coalesce(due_on, 'infinity'::date)), id) where commune_id is not null;
create index violation_case_commune_detected on violation_case
    (commune_id, detected_on desc, id desc) where commune_id is not null;
