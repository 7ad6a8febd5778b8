-- Invariants of violation cases, as rows that break them (none on sound data): what the aggregate and the
-- workflow guarantee for every case the application writes, checked over the stored rows, so a data set written
-- in bulk (the national data set) or a repair by hand can be checked too. Each module has such a view,
-- <schema>.invariant_violation (rule, subject, detail); the data-set check reads them all.

-- The workflow's transition table (CaseWorkflow) as data for the check; CaseWorkflowTableTest keeps the two equal.
-- A complaint runs alongside: its steps leave the case where it is.
create table workflow_step (
    action       varchar(32) not null,
    from_status  varchar(24) not null,
    to_status    varchar(24) not null,
    primary key (action, from_status)
);
insert into workflow_step (action, from_status, to_status) values
    ('RECORD_VIOLATION', 'OPENED', 'RECORDED'), ('RECORD_VIOLATION', 'RETURNED', 'RECORDED'),
    ('REQUEST_EXPLANATION', 'RECORDED', 'EXPLANATION'),
    ('ISSUE_DECISION', 'RECORDED', 'DECIDED'), ('ISSUE_DECISION', 'EXPLANATION', 'DECIDED'),
    ('ISSUE_DECISION', 'RETURNED', 'DECIDED'),
    ('DECIDE_NOT_TO_SANCTION', 'OPENED', 'NOT_SANCTIONED'), ('DECIDE_NOT_TO_SANCTION', 'RECORDED', 'NOT_SANCTIONED'),
    ('DECIDE_NOT_TO_SANCTION', 'EXPLANATION', 'NOT_SANCTIONED'),
    ('DECIDE_NOT_TO_SANCTION', 'RETURNED', 'NOT_SANCTIONED'),
    ('DELIVER_DECISION', 'DECIDED', 'DELIVERED'),
    ('SETTLE_PAYMENT', 'DELIVERED', 'PAID'), ('SETTLE_PAYMENT', 'ENFORCEMENT', 'PAID'),
    ('START_ENFORCEMENT', 'DELIVERED', 'ENFORCEMENT'),
    ('CLOSE', 'PAID', 'CLOSED'),
    ('TRANSFER_TO_POLICE', 'OPENED', 'TRANSFERRED_TO_POLICE'), ('TRANSFER_TO_POLICE', 'RECORDED', 'TRANSFERRED_TO_POLICE'),
    ('TRANSFER_TO_POLICE', 'EXPLANATION', 'TRANSFERRED_TO_POLICE'),
    ('TRANSFER_TO_POLICE', 'DECIDED', 'TRANSFERRED_TO_POLICE'),
    ('TRANSFER_TO_POLICE', 'DELIVERED', 'TRANSFERRED_TO_POLICE'),
    ('TRANSFER_TO_POLICE', 'RETURNED', 'TRANSFERRED_TO_POLICE'),
    ('RETURN_FROM_POLICE', 'TRANSFERRED_TO_POLICE', 'RETURNED'),
    ('PROSECUTE', 'TRANSFERRED_TO_POLICE', 'PROSECUTED'),
    ('EXEMPT_AS_VICTIM', 'OPENED', 'EXEMPTED'), ('EXEMPT_AS_VICTIM', 'RECORDED', 'EXEMPTED'),
    ('EXEMPT_AS_VICTIM', 'EXPLANATION', 'EXEMPTED'), ('EXEMPT_AS_VICTIM', 'RETURNED', 'EXEMPTED'),
    ('FILE_COMPLAINT', 'DECIDED', 'DECIDED'), ('FILE_COMPLAINT', 'DELIVERED', 'DELIVERED'),
    ('FILE_COMPLAINT', 'PAID', 'PAID'), ('FILE_COMPLAINT', 'ENFORCEMENT', 'ENFORCEMENT'),
    ('FILE_COMPLAINT', 'CLOSED', 'CLOSED'),
    ('DECIDE_COMPLAINT', 'DECIDED', 'DECIDED'), ('DECIDE_COMPLAINT', 'DELIVERED', 'DELIVERED'),
    ('DECIDE_COMPLAINT', 'PAID', 'PAID'), ('DECIDE_COMPLAINT', 'ENFORCEMENT', 'ENFORCEMENT'),
    ('DECIDE_COMPLAINT', 'CLOSED', 'CLOSED');

-- FINE_TOTAL           the case's fine total is the sum of its acts' fines
-- PAID_TOTAL           what the case says was paid is the sum of its payments
-- DECIDED_WITHOUT_ACT  a case with a sanction decision (or a record) charges at least one act
-- FINE_PER_ACT         a decided case fines every act; an undecided one fines none
-- FINE_OUT_OF_RANGE    each fine lies inside its provision's range for that kind of violator
-- PROVISION_NOT_IN_FORCE  each act was in force on the day it was committed (end of the act, else detection)
-- HISTORY_STEP         each step of the history is one the workflow allows, from where the previous step left
--                      the case, at positions 0, 1, 2..., opening first, never earlier than the step before
-- STATUS_NOT_REACHED   the case stands where its last step led
-- SETTLED_UNPAID       a paid or closed case has paid its whole fine
-- DOCUMENT_NOT_ISSUED  the record and decision numbers are numbers the numbering issued for this case
create view invariant_violation as
select 'FINE_TOTAL'::varchar(40) as rule, ('ViolationCase ' || c.id)::varchar(200) as subject,
       ('fine total ' || c.fine_total || ', acts ' || coalesce(a.fines, 0))::varchar(1000) as detail
from violation.violation_case c
left join (select case_id, sum(fine) as fines from violation.violation_case_act group by case_id) a
       on a.case_id = c.id
where c.fine_total <> coalesce(a.fines, 0)
union all
select 'PAID_TOTAL', 'ViolationCase ' || c.id, 'paid total ' || c.paid_total || ', payments ' || coalesce(p.paid, 0)
from violation.violation_case c
left join (select case_id, sum(amount) as paid from violation.violation_case_payment group by case_id) p
       on p.case_id = c.id
where c.paid_total <> coalesce(p.paid, 0)
union all
select 'DECIDED_WITHOUT_ACT', 'ViolationCase ' || c.id, 'status ' || c.status
from violation.violation_case c
where (c.decision_number is not null or c.decided_on is not null or c.record_number is not null
       or c.status in ('RECORDED', 'EXPLANATION', 'DECIDED', 'DELIVERED', 'PAID', 'ENFORCEMENT', 'CLOSED'))
  and not exists (select 1 from violation.violation_case_act a where a.case_id = c.id)
union all
select 'FINE_PER_ACT', 'ViolationCase ' || c.id,
       'act ' || a.position || (case when a.fine is null then ' has no fine' else ' fined before a decision' end)
from violation.violation_case c
join violation.violation_case_act a on a.case_id = c.id
where (c.decided_on is not null) <> (a.fine is not null)
union all
select 'FINE_OUT_OF_RANGE', 'ViolationCase ' || c.id,
       'act ' || a.position || ' fined ' || a.fine || ' outside ' || r.low || '..' || r.high
from violation.violation_case c
join violation.violation_case_act a on a.case_id = c.id
join violation.legal_provision p on p.id = a.provision_id
cross join lateral (select case when c.violator_kind = 'ORGANISATION' then p.organisation_fine_min
                                else p.individual_fine_min end as low,
                           case when c.violator_kind = 'ORGANISATION' then p.organisation_fine_max
                                else p.individual_fine_max end as high) r
where a.fine is not null and (a.fine < r.low or a.fine > r.high)
union all
select 'PROVISION_NOT_IN_FORCE', 'ViolationCase ' || c.id,
       'act ' || a.position || ' in force ' || p.valid_from || '..' || coalesce(p.valid_until::text, '')
       || ', committed ' || coalesce(c.act_ended_on, c.detected_on)
from violation.violation_case c
join violation.violation_case_act a on a.case_id = c.id
join violation.legal_provision p on p.id = a.provision_id
where coalesce(c.act_ended_on, c.detected_on) < p.valid_from
   or coalesce(c.act_ended_on, c.detected_on) > p.valid_until
union all
select 'HISTORY_STEP', 'ViolationCase ' || t.case_id,
       'step ' || t.position || ' ' || t.action || ' ' || coalesce(t.from_status, '-') || ' -> ' || t.to_status
from (select t.*, lag(t.to_status) over w as previous_status, lag(t.acted_at) over w as previous_at,
             row_number() over w - 1 as expected_position
      from violation.violation_case_transition t
      window w as (partition by t.case_id order by t.position)) t
left join violation.workflow_step s
       on s.action = t.action and s.from_status = t.from_status and s.to_status = t.to_status
where t.position <> t.expected_position
   or (t.position = 0 and (t.action <> 'OPEN' or t.from_status is not null or t.to_status <> 'OPENED'))
   or (t.position > 0 and (s.action is null or t.from_status is distinct from t.previous_status
                           or t.acted_at < t.previous_at))
union all
select 'STATUS_NOT_REACHED', 'ViolationCase ' || c.id,
       'status ' || c.status || ', history ends at ' || coalesce(l.to_status, 'nothing')
from violation.violation_case c
left join lateral (select t.to_status from violation.violation_case_transition t
                   where t.case_id = c.id order by t.position desc limit 1) l on true
where l.to_status is distinct from c.status
union all
select 'SETTLED_UNPAID', 'ViolationCase ' || c.id, 'paid ' || c.paid_total || ' of ' || c.fine_total
from violation.violation_case c
where c.status in ('PAID', 'CLOSED') and c.paid_total <> c.fine_total
union all
select 'DOCUMENT_NOT_ISSUED', 'ViolationCase ' || c.id, d.kind || ' ' || d.number_text
from violation.violation_case c
cross join lateral (values ('VIOLATION_RECORD', c.record_number, c.record_issuer),
                           ('SANCTION_DECISION', c.decision_number, c.decision_issuer)) d (kind, number_text, issuer)
where d.number_text is not null and d.issuer is not null
  and not exists (select 1 from core.document_number n
                  where n.reference_type = 'ViolationCase' and n.reference_id = c.id::text
                    and n.kind = d.kind and n.number_text = d.number_text);
