-- Cases that came from an inspection, checked over the stored rows: a case worker opens a case from a visit's
-- indicator referral (IndicatorReferrals.accept), which names the visit as the case's source and the case as the
-- referral's; nothing else sets a source visit.
--
-- REFERRAL_CASE  a case with a source visit was opened from that visit's accepted referral, and an accepted
--                referral's case names the referral's visit as its source

-- The invariants of V12 keep their view; invariant_violation becomes the union of it and the rule below.
alter view victim.invariant_violation rename to support_invariant_violation;

create view victim.referral_invariant_violation as
select 'REFERRAL_CASE'::varchar(40) as rule, ('VictimCase ' || c.id)::varchar(200) as subject,
       ('source visit ' || c.source_visit_id || ', not opened from its accepted referral')::varchar(1000) as detail
from victim.victim_case c
where c.source_visit_id is not null
  and not exists (select 1 from victim.indicator_referral r
                  where r.visit_id = c.source_visit_id and r.status = 'ACCEPTED' and r.case_id = c.id)
union all
select 'REFERRAL_CASE', 'IndicatorReferral ' || r.id,
       'visit ' || r.visit_id || ' accepted for case ' || r.case_id || ' of source visit '
       || coalesce(c.source_visit_id::text, 'none')
from victim.indicator_referral r
left join victim.victim_case c on c.id = r.case_id
where r.status = 'ACCEPTED' and c.source_visit_id is distinct from r.visit_id;

create view victim.invariant_violation as
select * from victim.support_invariant_violation
union all
select * from victim.referral_invariant_violation;
