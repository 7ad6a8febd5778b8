-- Month-by-province rollups of the daily aggregates. Measured on the national data set, the daily aggregates barely
-- aggregate (3 million visits make 2.4 million day-commune rows), so a year's figures summed 240,000 rows: 214 ms
-- for a province, 2 s for ten years. The committee asks for months, quarters, half years, years and the peak
-- campaign, all whole months but the running one: those months are read here (a few rows per province and month)
-- and only the days at the edges of a period from the daily aggregates.
--
-- A rollup row belongs to the province its commune belongs to today (unit_map), so a merger moves it; it is
-- recomputed from the daily aggregates whenever one of its days is, and all of them when units change.

create table visit_month (
    month        date        not null,
    province_id  bigint      not null,   -- 0: a unit with no province
    plan_id      bigint      not null,
    kind         varchar(12) not null,
    status       varchar(12) not null,
    visits       integer     not null check (visits > 0),
    primary key (province_id, month, plan_id, kind, status)
);
create index visit_month_month on visit_month (month);

create table case_month (
    month        date        not null,
    province_id  bigint      not null,
    status       varchar(24) not null,
    cases        integer     not null check (cases > 0),
    fines        bigint      not null,
    paid         bigint      not null,
    primary key (province_id, month, status)
);
create index case_month_month on case_month (month);

create table case_act_month (
    month         date    not null,
    province_id   bigint  not null,
    provision_id  bigint  not null,
    acts          integer not null check (acts > 0),
    fines         bigint  not null,
    primary key (province_id, month, provision_id)
);
create index case_act_month_month on case_act_month (month);

create table victim_month (
    month          date        not null,
    province_id    bigint      not null,
    person_status  varchar(24) not null,
    person_role    varchar(24) not null,
    sex            varchar(8)  not null,
    age_band       varchar(8)  not null,
    nationality    varchar(2)  not null,
    status         varchar(8)  not null,
    cases          integer     not null check (cases > 0),
    primary key (province_id, month, person_status, person_role, sex, age_band, nationality, status)
);
create index victim_month_month on victim_month (month);

-- recomputes the rollups of one fact for months [from_month, to_month) (null: every month) and one province (null:
-- every province) from the daily aggregates
create function refresh_months(fact varchar, from_month date, to_month date, province bigint)
    returns void language plpgsql as $$
declare
    first_day constant date := coalesce(from_month, date '0001-01-01');
    last_day constant date := coalesce(to_month, date '9999-01-01');
begin
    if fact = 'VISIT' then
        delete from reporting.visit_month
         where month >= first_day and month < last_day and (province is null or province_id = province);
        insert into reporting.visit_month
        select date_trunc('month', f.day)::date, coalesce(u.province_id, 0), f.plan_id, f.kind, f.status, sum(f.visits)
          from reporting.visit_fact f left join reporting.unit_map u on u.unit_id = f.commune_id
         where f.day >= first_day and f.day < last_day and (province is null or coalesce(u.province_id, 0) = province)
         group by 1, 2, 3, 4, 5;
    elsif fact = 'CASE' then
        delete from reporting.case_month
         where month >= first_day and month < last_day and (province is null or province_id = province);
        insert into reporting.case_month
        select date_trunc('month', f.day)::date, coalesce(u.province_id, 0), f.status, sum(f.cases), sum(f.fines),
               sum(f.paid)
          from reporting.case_fact f left join reporting.unit_map u on u.unit_id = f.commune_id
         where f.day >= first_day and f.day < last_day and (province is null or coalesce(u.province_id, 0) = province)
         group by 1, 2, 3;
        delete from reporting.case_act_month
         where month >= first_day and month < last_day and (province is null or province_id = province);
        insert into reporting.case_act_month
        select date_trunc('month', f.day)::date, coalesce(u.province_id, 0), f.provision_id, sum(f.acts), sum(f.fines)
          from reporting.case_act_fact f left join reporting.unit_map u on u.unit_id = f.commune_id
         where f.day >= first_day and f.day < last_day and (province is null or coalesce(u.province_id, 0) = province)
         group by 1, 2, 3;
    elsif fact = 'VICTIM' then
        delete from reporting.victim_month
         where month >= first_day and month < last_day and (province is null or province_id = province);
        insert into reporting.victim_month
        select date_trunc('month', f.day)::date, coalesce(u.province_id, 0), f.person_status, f.person_role, f.sex,
               f.age_band, f.nationality, f.status, sum(f.cases)
          from reporting.victim_fact f left join reporting.unit_map u on u.unit_id = f.unit_id
         where f.day >= first_day and f.day < last_day and (province is null or coalesce(u.province_id, 0) = province)
         group by 1, 2, 3, 4, 5, 6, 7, 8;
    end if;
end
$$;

-- a rebuild step and an applied slice both go through here: the daily aggregates, then their months
create or replace function refresh(fact varchar, from_day date, to_day date, unit bigint) returns void
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
    -- a rebuild step (every unit) recounts its months for every province; a slice, its own month and province
    if fact in ('VISIT', 'CASE', 'VICTIM') then
        perform reporting.refresh_months(fact, date_trunc('month', from_day)::date,
                                         (date_trunc('month', to_day - 1) + interval '1 month')::date,
                                         case when unit is null then null
                                              else coalesce((select province_id from reporting.unit_map
                                                              where unit_id = unit), 0) end);
    end if;
end
$$;

-- the rollups start empty: forgetting the rebuilds makes Vigil rebuild the read model once it has started
delete from rebuild_run;
