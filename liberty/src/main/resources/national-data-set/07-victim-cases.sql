-- Victim cases: 20,000 received persons over nine years, without stored identity (as when a person does not consent:
-- the generator has no key to seal names with), each case worked by one of 200 case workers; the demo case worker
-- "caseworker" carries the heaviest load, a tenth of all cases. Cases received over three months ago are verified
-- (nine in ten as victims) and, after a year, mostly closed; recent ones wait for verification with its three-day
-- deadline. Every visit signed off with a trafficking indicator (06) was referred to the case workers when its
-- event was published: those of the last two weeks wait, about a third of the older ones opened a case (received
-- a few days after the visit, its source), the others were dismissed after a check.
create temp table gen_referral on commit drop as
select r.visit_id, r.establishment_id, r.ends_at as received_at,
       (r.ends_at at time zone 'Asia/Ho_Chi_Minh')::date as visit_day,
       case when (r.ends_at at time zone 'Asia/Ho_Chi_Minh')::date > current_setting('vigil.today')::date - 14
                then 'PENDING'
            when random() < 0.35 then 'ACCEPTED' else 'DISMISSED' end as status,
       random() as r_decision
from gen_rec r
where r.indicator is not null;

create temp table gen_person on commit drop as
select n, current_setting('vigil.today')::date - floor(power(random(), 1.5) * 9 * 365)::int as received_on,
       random() as r_status, random() as r_close,
       case when random() < 0.1 then 'caseworker' else 'gen.cw.' || lpad((1 + floor(random() * 199))::text, 3, '0') end
           as case_worker,
       null::bigint as source_visit_id
from generate_series(1, 20000) n;

-- the accepted referrals' persons, received one to three days after their visit (not after today)
update gen_person p
set received_on = least(a.visit_day + 1 + floor(a.r_decision * 3)::int, current_setting('vigil.today')::date),
    source_visit_id = a.visit_id
from (select visit_id, visit_day, r_decision, row_number() over (order by visit_id) as n
      from gen_referral where status = 'ACCEPTED') a
where a.n = p.n;
-- (more accepted referrals than persons, at sizes far beyond the national one: the rest were dismissed)
update gen_referral f set status = 'DISMISSED'
where f.status = 'ACCEPTED' and not exists (select 1 from gen_person p where p.source_visit_id = f.visit_id);

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
       g.source_visit_id,
       now(), 'generator', now(), 'generator'
from gen_person g
join gen_person_id i on i.n = g.n
cross join lateral (
    select case when g.received_on > current_setting('vigil.today')::date - 90 and g.r_status < 0.5
                    then 'UNDER_VERIFICATION'
                when g.r_status < 0.9 then 'VERIFIED_VICTIM' else 'NOT_A_VICTIM' end as person_status,
           case when g.received_on < current_setting('vigil.today')::date - 365 and g.r_close < 0.9
                    then 'CLOSED' else 'OPEN' end as status) s;

analyze victim.victim_case, gen_referral;

-- The referrals: pending, accepted with the case opened from them, or dismissed by a case worker within a week.
insert into victim.indicator_referral (visit_id, establishment_id, status, received_at, decided_at, decided_by,
                                       dismissal_reason, case_id, version)
select f.visit_id, f.establishment_id, f.status, f.received_at,
       case f.status when 'ACCEPTED' then greatest((c.received_on + time '09:00') at time zone 'Asia/Ho_Chi_Minh',
                                                   f.received_at + interval '1 hour')
                     when 'DISMISSED' then f.received_at + make_interval(hours => 20 + floor(f.r_decision * 130)::int)
       end,
       case f.status when 'ACCEPTED' then c.case_worker
                     when 'DISMISSED' then case when f.r_decision < 0.1 then 'caseworker'
                                                else 'gen.cw.' || lpad((1 + floor(f.r_decision * 199))::text, 3, '0')
                                           end end,
       case when f.status = 'DISMISSED'
            then 'Đã xác minh với Công an xã: người lao động không phải là nạn nhân mua bán người' end,
       c.id, case when f.status = 'PENDING' then 0 else 1 end
from gen_referral f
left join victim.victim_case c on c.source_visit_id = f.visit_id and c.created_by = 'generator'
order by f.received_at;
