-- Violation cases: one for about one signed-off visit in twenty (the visits that found a violation), detected on the
-- day of the visit, and one in ten more opened by hand against an establishment. Cases detected over a year ago
-- have ended (paid and closed mostly; some not sanctioned, prosecuted or exempted); recent ones stand at every step
-- of the workflow, with the deadline of that step. Fines lie between 5 and 50 million đồng.
create temp table gen_case on commit drop as
select v.id as visit_id, v.establishment_id, (v.starts_at at time zone 'Asia/Ho_Chi_Minh')::date as detected_on,
       random() as r_status, random() as r_fine
from inspection.visit v
where v.status = 'SIGNED_OFF' and random() < 0.05
union all
select null, e.id, current_setting('vigil.today')::date - floor(random() * 9 * 365)::int, random(), random()
from inspection.establishment e
where random() < 0.05;

alter table gen_case add column status varchar(24), add column fine bigint;
update gen_case set status = case
        when detected_on < current_setting('vigil.today')::date - 365 then
            case when r_status < 0.85 then 'CLOSED' when r_status < 0.93 then 'NOT_SANCTIONED'
                 when r_status < 0.96 then 'PROSECUTED' when r_status < 0.97 then 'EXEMPTED' else 'ENFORCEMENT' end
        else (array['OPENED', 'RECORDED', 'RECORDED', 'EXPLANATION', 'DECIDED', 'DELIVERED', 'DELIVERED', 'PAID',
                    'TRANSFERRED_TO_POLICE', 'RETURNED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED'])
             [1 + floor(r_status * 14)::int]
    end,
    fine = (50 + floor(r_fine * 451)::bigint) * 100000;

insert into violation.violation_case (visit_id, establishment_id, violator_kind, violator_name, detected_on, status,
       recorded_on, record_number, record_issuer, record_officer, decision_number, decision_issuer, decision_officer,
       decided_on, fine_total, delivered_on, paid_total, due_on, due_rule, created_at, created_by, updated_at,
       updated_by)
select g.visit_id, g.establishment_id,
       case when g.status = 'OPENED' then null else 'ORGANISATION' end,
       case when g.status = 'OPENED' then null else e.name end,
       g.detected_on, g.status,
       case when g.status = 'OPENED' then null else g.detected_on + 1 end,
       case when g.status = 'OPENED' then null else 'G' || g.establishment_id || '-' || row_number() over () || '/BB-VPHC' end,
       case when g.status = 'OPENED' then null else 'Đoàn kiểm tra liên ngành' end,
       case when g.status = 'OPENED' then null else 'generator' end,
       d.number, case when d.number is null then null else 'Chủ tịch UBND cấp xã' end,
       case when d.number is null then null else 'generator' end,
       case when d.number is null then null else g.detected_on + 8 end,
       case when d.number is null then 0 else g.fine end,
       case when g.status in ('DELIVERED', 'PAID', 'CLOSED', 'ENFORCEMENT') then g.detected_on + 10 end,
       case when g.status in ('PAID', 'CLOSED') and d.number is not null then g.fine else 0 end,
       case g.status
           when 'OPENED' then g.detected_on + 3
           when 'RECORDED' then g.detected_on + 10
           when 'EXPLANATION' then g.detected_on + 31
           when 'DECIDED' then g.detected_on + 11
           when 'DELIVERED' then g.detected_on + 20
           when 'TRANSFERRED_TO_POLICE' then g.detected_on + 5
           when 'RETURNED' then g.detected_on + 40
       end,
       case g.status
           when 'OPENED' then 'RECORD'
           when 'RECORDED' then 'DECISION'
           when 'EXPLANATION' then 'DECISION_EXPLANATION'
           when 'DECIDED' then 'DELIVERY'
           when 'DELIVERED' then 'PAYMENT'
           when 'TRANSFERRED_TO_POLICE' then 'POLICE_RETURN'
           when 'RETURNED' then 'DECISION_AFTER_RETURN'
       end,
       now(), 'generator', now(), 'generator'
from gen_case g
join inspection.establishment e on e.id = g.establishment_id
cross join lateral (select case when g.status in ('DECIDED', 'DELIVERED', 'PAID', 'CLOSED', 'ENFORCEMENT')
                                then 'G' || g.establishment_id || '-' || floor(random() * 1e9)::bigint || '/QĐ-XPHC'
                           end as number) d;

-- Every case starts with its opening in the history, as the workflow writes it.
insert into violation.violation_case_transition (case_id, position, action, from_status, to_status, acted_at, acted_by)
select c.id, 0, 'OPEN', null, 'OPENED', c.detected_on::timestamp at time zone 'Asia/Ho_Chi_Minh', 'generator'
from violation.violation_case c
where c.created_by = 'generator';
