-- The overview's departments' work read every day's visit-department rows of a period (7 million rows on the national
-- data set, 0.75 s for a year): a month-by-province rollup of them, kept with the other rollups (the VISIT fact
-- recounts it), so whole months come from it and only the edge days from the daily rows. Overdue visits (their day
-- passed, neither signed off nor called off) are few: a partial index finds them among the daily rows.
create table visit_department_month (
    month          date        not null,
    province_id    bigint      not null,   -- 0: a unit with no province
    department_id  bigint      not null,
    status         varchar(12) not null,
    visits         integer     not null check (visits > 0),
    primary key (province_id, month, department_id, status)
);
create index visit_department_month_month on visit_department_month (month);

create index visit_department_fact_open on visit_department_fact (day)
    where status in ('SCHEDULED', 'IN_PROGRESS');

create or replace function refresh_months(fact varchar, from_month date, to_month date, province bigint)
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
        delete from reporting.visit_department_month
         where month >= first_day and month < last_day and (province is null or province_id = province);
        insert into reporting.visit_department_month
        select date_trunc('month', f.day)::date, coalesce(u.province_id, 0), f.department_id, f.status, sum(f.visits)
          from reporting.visit_department_fact f left join reporting.unit_map u on u.unit_id = f.commune_id
         where f.day >= first_day and f.day < last_day and (province is null or coalesce(u.province_id, 0) = province)
         group by 1, 2, 3, 4;
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

insert into visit_department_month
select date_trunc('month', f.day)::date, coalesce(u.province_id, 0), f.department_id, f.status, sum(f.visits)
  from visit_department_fact f left join unit_map u on u.unit_id = f.commune_id
 group by 1, 2, 3, 4;
