-- Victim cases: 20,000 received persons over nine years, without stored identity (as when a person does not consent:
-- the generator has no key to seal names with), each case worked by one of 200 case workers; the demo case worker
-- "caseworker" carries the heaviest load, a tenth of all cases. Cases received over three months ago are verified
-- (nine in ten as victims) and, after a year, mostly closed; recent ones wait for verification with its three-day
-- deadline. One in five came from an inspection's indicator referral.
create temp table gen_person on commit drop as
select n, current_setting('vigil.today')::date - floor(power(random(), 1.5) * 9 * 365)::int as received_on,
       random() as r_status, random() as r_close,
       case when random() < 0.1 then 'caseworker' else 'gen.cw.' || lpad((1 + floor(random() * 199))::text, 3, '0') end
           as case_worker
from generate_series(1, 20000) n;

insert into victim.person (key_version, birth_year, sex, nationality, created_at, created_by, updated_at, updated_by)
select 1, extract(year from p.received_on)::int - 14 - floor(random() * 30)::int,
       case when random() < 0.8 then 'FEMALE' when random() < 0.95 then 'MALE' else 'OTHER' end,
       case when random() < 0.9 then 'VN' else pg_temp.pick(array['KH', 'LA', 'CN', 'MM']) end,
       now(), 'generator', now(), 'generator'
from gen_person p
order by p.n;

-- persons and cases pair up by their order of insertion
create temp table gen_person_id on commit drop as
select id, row_number() over (order by id) as n from victim.person where created_by = 'generator';

insert into victim.victim_case (code, person_id, person_status, person_role, received_on, received_place, received_by,
       verification_due, verified_on, verified_by, case_worker, consent_to_processing, status, closed_on,
       closure_reason, source_visit_id, created_at, created_by, updated_at, updated_by)
select 'GN-' || extract(year from g.received_on) || '-' || lpad(g.n::text, 5, '0'), i.id, s.person_status,
       case when random() < 0.9 then 'VICTIM' else 'RELATIVE' end,
       g.received_on, 'Trụ sở Công an xã', 'Công an xã', g.received_on + 3,
       case when s.person_status <> 'UNDER_VERIFICATION' then g.received_on + 2 end,
       case when s.person_status <> 'UNDER_VERIFICATION' then 'Công an tỉnh' end,
       g.case_worker, false, s.status,
       case when s.status = 'CLOSED' then g.received_on + 180 end,
       case when s.status = 'CLOSED' then 'Đã hoàn thành hỗ trợ, nạn nhân tái hòa nhập cộng đồng' end,
       case when random() < 0.2 then (select max(id) from inspection.visit) - floor(random() * 1000000)::bigint end,
       now(), 'generator', now(), 'generator'
from gen_person g
join gen_person_id i on i.n = g.n
cross join lateral (
    select case when g.received_on > current_setting('vigil.today')::date - 90 and g.r_status < 0.5
                    then 'UNDER_VERIFICATION'
                when g.r_status < 0.9 then 'VERIFIED_VICTIM' else 'NOT_A_VICTIM' end as person_status,
           case when g.received_on < current_setting('vigil.today')::date - 365 and g.r_close < 0.9
                    then 'CLOSED' else 'OPEN' end as status) s;
