-- Invariants of visits, their records and their evidence, as rows that break them (none on sound data): what the
-- aggregates and the application services guarantee for every row the application writes, checked over the stored
-- rows, so a data set written in bulk (the national data set) or a repair by hand can be checked too. Each module has
-- such a view, <schema>.invariant_violation (rule, subject, detail); the data-set check reads them all.
--
-- SIGNED_OFF_WITHOUT_RECORD  a signed-off visit has a signed-off record (the lead signs both at once), a visit in
--                            progress has its record (begun when recording began)
-- RECORD_VISIT_MISMATCH      a record belongs to a visit of its establishment that is being recorded or signed off
--                            (a scheduled or called-off visit has none), a signed-off record to a signed-off visit
-- NOT_ON_VISIT               whoever signed a record off or handed in evidence went on the visit or leads its team
-- RECORD_CHECKLIST           a record keeps the checklist version in force when it began: published by then, and no
--                            later version of that checklist published by then
-- REQUIRED_UNANSWERED        a signed-off record answers every required item of its checklist version
-- ANSWER_MISFIT              each answer is to an item of the record's checklist version, in the one column of the
--                            item's type; each photo answers a photo item with evidence of the same visit
-- RECORD_INDICATORS          a record holds each of the six trafficking indicators once; an observed one has a note
-- RECORD_OUTCOME             the outcome fits the findings: violations found needs a violation finding, no violation
--                            none, signs of crime some finding or an observed indicator
-- EVIDENCE_HASH              the stored SHA-256 is that of the stored file (the table itself checks only its form)
-- EVIDENCE_FILE              the file's leading bytes are of its declared type, its name's extension fits that type,
--                            and it is within the size limit of its kind (the defaults of vigil.evidence.photo-max-bytes
--                            and vigil.evidence.pdf-max-bytes, 10 and 20 MB: a deployment that raised them sees its
--                            larger files here)
-- EVIDENCE_TIMING            evidence came in while its visit was being recorded or after: the visit is in progress or
--                            signed off, the file uploaded after the record began, marked "after sign-off" exactly when
--                            uploaded after the record was signed off
-- VISIT_PERIOD               a visit lasts at most 12 hours; each of its people is booked for exactly its period, and
--                            only while it is not called off
-- TEAM_DOUBLE_BOOKED         a team's visits (not called off) never overlap. The database already refuses a person on
--                            two overlapping visits and a team's people all go on its visits, so two visits of one team
--                            can only overlap if the team changed every member in between; the rule states the team's
--                            calendar itself.
--
-- EVIDENCE_HASH reads every stored file; on a database with years of real photos it is the slow part of the check.
create view inspection.invariant_violation as
select 'SIGNED_OFF_WITHOUT_RECORD'::varchar(40) as rule, ('Visit ' || v.id)::varchar(200) as subject,
       (v.status || ' visit, record ' || case when r.id is null then 'missing' else 'not signed off' end)::varchar(1000)
           as detail
from inspection.visit v
left join inspection.visit_record r on r.visit_id = v.id
where (v.status = 'SIGNED_OFF' and r.signed_off_at is null)
   or (v.status = 'IN_PROGRESS' and r.id is null)
union all
select 'RECORD_VISIT_MISMATCH', 'Visit ' || v.id,
       'record ' || case when r.signed_off_at is null then 'open' else 'signed off' end || ' of establishment '
       || r.establishment_id || ', visit ' || v.status || ' of establishment ' || v.establishment_id
from inspection.visit_record r
join inspection.visit v on v.id = r.visit_id
where r.establishment_id <> v.establishment_id
   or (r.signed_off_at is null and v.status not in ('IN_PROGRESS', 'SIGNED_OFF'))
   or (r.signed_off_at is not null and v.status <> 'SIGNED_OFF')
union all
select 'NOT_ON_VISIT', 'Visit ' || w.visit_id, w.what || ' by ' || w.username
from (select r.visit_id, r.signed_off_by as username, 'signed off' as what
      from inspection.visit_record r where r.signed_off_by is not null
      union all
      select e.visit_id, e.uploaded_by, 'evidence ' || e.id || ' handed in'
      from inspection.visit_evidence e) w
join inspection.visit v on v.id = w.visit_id
join inspection.inspection_team t on t.id = v.team_id
left join core.user_account u on u.username = w.username
where u.id is null
   or (u.id <> t.lead_user_id
       and not exists (select 1 from inspection.visit_member m where m.visit_id = v.id and m.user_id = u.id))
union all
select 'RECORD_CHECKLIST', 'Visit ' || r.visit_id,
       'checklist version ' || cv.id || ' (' || cv.status || ', published ' || coalesce(cv.published_at::text, 'never')
       || '), record begun ' || r.created_at
from inspection.visit_record r
join inspection.checklist_version cv on cv.id = r.checklist_version_id
where cv.status <> 'PUBLISHED' or cv.published_at > r.created_at
   or exists (select 1 from inspection.checklist_version later
              where later.template_id = cv.template_id and later.number > cv.number
                and later.status = 'PUBLISHED' and later.published_at <= r.created_at)
union all
select 'REQUIRED_UNANSWERED', 'Visit ' || r.visit_id, 'item ' || i.code || ' of checklist version ' || i.version_id
from inspection.visit_record r
join inspection.checklist_item i on i.version_id = r.checklist_version_id and i.required
where r.signed_off_at is not null
  and not exists (select 1 from inspection.visit_record_answer a where a.record_id = r.id and a.item_id = i.id)
  and not exists (select 1 from inspection.visit_record_photo p where p.record_id = r.id and p.item_id = i.id)
union all
select 'ANSWER_MISFIT', 'Visit ' || r.visit_id,
       'answer ' || a.position || ' to item ' || a.item_id || coalesce(' (' || i.answer_type || ')', ' of another checklist')
from inspection.visit_record r
join inspection.visit_record_answer a on a.record_id = r.id
left join inspection.checklist_item i on i.id = a.item_id and i.version_id = r.checklist_version_id
where i.id is null or i.answer_type = 'PHOTO'
   or (a.yes_no is not null) <> (i.answer_type = 'YES_NO')
   or (a.number_value is not null) <> (i.answer_type = 'NUMBER')
   or (a.text_value is not null) <> (i.answer_type = 'TEXT')
union all
select 'ANSWER_MISFIT', 'Visit ' || r.visit_id,
       'photo ' || p.position || ' to item ' || p.item_id
       || case when i.id is null then ', not a photo item of the checklist' else '' end
       || case when e.id is null then ', evidence ' || p.evidence_id || ' not of this visit' else '' end
from inspection.visit_record r
join inspection.visit_record_photo p on p.record_id = r.id
left join inspection.checklist_item i
       on i.id = p.item_id and i.version_id = r.checklist_version_id and i.answer_type = 'PHOTO'
left join inspection.visit_evidence e on e.id = p.evidence_id and e.visit_id = r.visit_id
where i.id is null or e.id is null
union all
select 'RECORD_INDICATORS', 'Visit ' || r.visit_id,
       coalesce(x.indicators, 0) || ' indicators' || case when x.unnoted then ', one observed without a note' else '' end
from inspection.visit_record r
left join (select record_id, count(*) as indicators, bool_or(observed and note is null) as unnoted
           from inspection.visit_record_indicator group by record_id) x on x.record_id = r.id
where coalesce(x.indicators, 0) <> 6 or x.unnoted
union all
select 'RECORD_OUTCOME', 'Visit ' || r.visit_id, r.outcome || ' with ' || coalesce(f.findings, 0) || ' findings, '
       || coalesce(f.violations, 0) || ' of them violations'
from inspection.visit_record r
left join (select record_id, count(*) as findings, count(*) filter (where violation) as violations
           from inspection.visit_record_finding group by record_id) f on f.record_id = r.id
where (r.outcome = 'VIOLATIONS_FOUND' and coalesce(f.violations, 0) = 0)
   or (r.outcome = 'NO_VIOLATION' and f.violations > 0)
   or (r.outcome = 'SIGNS_OF_CRIME' and f.findings is null
       and not exists (select 1 from inspection.visit_record_indicator i where i.record_id = r.id and i.observed))
union all
select 'EVIDENCE_HASH', 'VisitEvidence ' || e.id, 'stored ' || e.sha256 || ', file ' || encode(sha256(e.content), 'hex')
from inspection.visit_evidence e
where e.sha256 <> encode(sha256(e.content), 'hex')
union all
select 'EVIDENCE_FILE', 'VisitEvidence ' || e.id,
       e.file_name || ', ' || e.content_type || ' (its bytes: ' || coalesce(f.sniffed, 'none accepted') || '), '
       || e.size || ' bytes'
from inspection.visit_evidence e
cross join lateral (
    select case when substring(e.content from 1 for 3) = '\xffd8ff'::bytea then 'image/jpeg'
                when substring(e.content from 1 for 8) = '\x89504e470d0a1a0a'::bytea then 'image/png'
                when substring(e.content from 1 for 4) = '\x52494646'::bytea
                     and substring(e.content from 9 for 4) = '\x57454250'::bytea then 'image/webp'
                when substring(e.content from 1 for 5) = '\x255044462d'::bytea then 'application/pdf' end as sniffed,
           lower(substring(e.file_name from '\.([^.]+)$')) as extension) f
where f.sniffed is distinct from e.content_type
   or (f.extension is not null and f.extension <> all (case e.content_type
           when 'image/jpeg' then array['jpg', 'jpeg', 'jpe', 'jfif'] when 'image/png' then array['png']
           when 'image/webp' then array['webp'] else array['pdf'] end))
   or e.size > case when e.content_type = 'application/pdf' then 20971520 else 10485760 end
union all
select 'EVIDENCE_TIMING', 'VisitEvidence ' || e.id,
       'visit ' || v.status || ', uploaded ' || e.uploaded_at || coalesce(', record begun ' || r.created_at, ', no record')
       || coalesce(', signed off ' || r.signed_off_at, '') || case when e.after_sign_off then ', marked after sign-off'
                                                                   else '' end
from inspection.visit_evidence e
join inspection.visit v on v.id = e.visit_id
left join inspection.visit_record r on r.visit_id = e.visit_id
where v.status not in ('IN_PROGRESS', 'SIGNED_OFF') or r.id is null or e.uploaded_at < r.created_at
   or e.after_sign_off <> coalesce(e.uploaded_at >= r.signed_off_at, false)
union all
select 'VISIT_PERIOD', 'Visit ' || v.id, 'lasts ' || (v.ends_at - v.starts_at)
from inspection.visit v
where v.ends_at - v.starts_at > interval '12 hours'
union all
select 'VISIT_PERIOD', 'Visit ' || v.id,
       'person ' || m.user_id || ' booked ' || m.starts_at || ' to ' || m.ends_at
       || case when m.active then '' else ' (released)' end || ', visit ' || v.status || ' ' || v.starts_at || ' to '
       || v.ends_at
from inspection.visit v
join inspection.visit_member m on m.visit_id = v.id
where m.starts_at <> v.starts_at or m.ends_at <> v.ends_at or m.active <> (v.status <> 'CANCELLED')
union all
select 'TEAM_DOUBLE_BOOKED', 'Visit ' || b.id,
       'team ' || b.team_id || ' from ' || b.starts_at || ', still on an earlier visit until ' || b.busy_until
from (select v.id, v.team_id, v.starts_at,
             max(v.ends_at) over (partition by v.team_id order by v.starts_at, v.id
                                  rows between unbounded preceding and 1 preceding) as busy_until
      from inspection.visit v
      where v.status <> 'CANCELLED') b
where b.starts_at < b.busy_until;
