-- Applying a batch of slices recounted a month's rollup once per slice: fifty slices of one province and month meant
-- fifty recounts of the same month. The daily part is now separate, and a batch recounts each month and province it
-- touched once, after its slices.

create function refresh_daily(fact varchar, from_day date, to_day date, unit bigint) returns void
    language plpgsql as $$
begin
    case fact
        when 'VISIT' then perform reporting.refresh_visits(from_day, to_day, unit);
        when 'CASE' then perform reporting.refresh_cases(from_day, to_day, unit);
        when 'VICTIM' then perform reporting.refresh_victims(from_day, to_day, unit);
        when 'SUPPORT' then perform reporting.refresh_support(from_day, to_day, unit);
        when 'LEDGER' then perform reporting.refresh_ledger(from_day, to_day, unit);
        when 'ESTABLISHMENT' then perform reporting.refresh_establishments(unit);
        when 'UNITS' then
            perform reporting.refresh_units();
            -- a merger moves communes to another province: every rollup is recounted
            perform reporting.refresh_months('VISIT', null, null, null);
            perform reporting.refresh_months('CASE', null, null, null);
            perform reporting.refresh_months('VICTIM', null, null, null);
    end case;
end
$$;

-- a rebuild step: the daily aggregates of the range for every unit, then their months for every province
create or replace function refresh(fact varchar, from_day date, to_day date, unit bigint) returns void
    language plpgsql as $$
begin
    perform reporting.refresh_daily(fact, from_day, to_day, unit);
    if fact in ('VISIT', 'CASE', 'VICTIM') then
        perform reporting.refresh_months(fact, date_trunc('month', from_day)::date,
                                         (date_trunc('month', to_day - 1) + interval '1 month')::date,
                                         case when unit is null then null
                                              else coalesce((select province_id from reporting.unit_map
                                                              where unit_id = unit), 0) end);
    end if;
end
$$;

create or replace function apply_dirty(max_slices integer) returns integer language plpgsql as $$
declare
    s record;
    n integer := 0;
    facts varchar[] := '{}';
    months date[] := '{}';
    provinces bigint[] := '{}';
begin
    if not pg_try_advisory_xact_lock(hashtext('vigil.reporting.read-model')) then
        return -1;
    end if;
    for s in
        with taken as (
            select fact, day, unit_id from reporting.dirty_slice
             order by enqueued_at limit max_slices for update skip locked
        ), gone as (
            delete from reporting.dirty_slice d using taken t
             where d.fact = t.fact and d.day = t.day and d.unit_id = t.unit_id
            returning d.fact, d.day, d.unit_id
        )
        select * from gone
    loop
        perform reporting.refresh_daily(s.fact, s.day, s.day + 1, s.unit_id);
        if s.fact in ('VISIT', 'CASE', 'VICTIM') then
            facts := facts || s.fact;
            months := months || date_trunc('month', s.day)::date;
            provinces := provinces || coalesce((select province_id from reporting.unit_map where unit_id = s.unit_id), 0);
        end if;
        n := n + 1;
    end loop;
    for s in select distinct f, m, p from unnest(facts, months, provinces) as t (f, m, p) loop
        perform reporting.refresh_months(s.f, s.m, (s.m + interval '1 month')::date, s.p);
    end loop;
    return n;
end
$$;
