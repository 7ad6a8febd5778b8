-- Statutory deadlines of violation cases, and the cases of visits, checked over the stored rows. The deadlines are
-- computed exactly as the application does (CaseDeadlineClock, DeadlineCalculator): the rule of the rule table in
-- force on the day a period starts, working days on core's working-day calendar (the holiday table), calendar days
-- and months moved to the next working day. DueDateFunctionTest keeps violation.due_date equal to the application.

-- The due date of a statutory period counted from a day; null when no rule of that code is in force that day (where
-- the application refuses the step).
create function violation.due_date(code varchar, start date) returns date language sql stable as $$
    select case r.unit when 'WORKING_DAYS' then core.add_working_days($2, r.amount::int)
                       when 'DAYS' then core.next_working_day($2 + r.amount::int)
                       when 'MONTHS' then core.next_working_day(($2 + make_interval(months => r.amount::int))::date)
           end
    from violation.violation_rule r
    where r.code = $1 and r.valid_from <= $2 and (r.valid_until is null or $2 <= r.valid_until)
$$;

-- The invariants of V17 keep their view; invariant_violation becomes the union of it and the rules below.
alter view violation.invariant_violation rename to case_invariant_violation;

-- DEADLINE_NOT_AS_SET      the case's next deadline (rule and day) is the one the application sets for its state
--                          (CaseDeadlines): the record's from detection, the decision's from the record (one month
--                          with an explanation) or from the police's return, the delivery's from the decision, the
--                          payment's from the delivery; none in any other state or while a complaint suspends the
--                          decision. A case a visit opened before any record period was in force is due at once, as
--                          VisitCaseOpener sets it. (A holiday added or removed after a deadline was set makes the
--                          stored day differ too: such a case is listed, and its deadline worth setting again.)
-- DECIDED_AFTER_LIMITATION the decision came before the limitation period ended (one year from the end of the act, or
--                          its detection while ongoing; two years in the fields the law lists), which the application
--                          refuses otherwise
-- LATE_PAYMENT_SURCHARGE   each payment carries the surcharge the application computes: the daily rate in force on
--                          the payment day, on the unpaid balance (at most the amount paid), per calendar day past the
--                          payment deadline counted from the delivery, rounded down. A payment before the case's last
--                          delivery (an earlier pass, before the police returned the file) is not checked: the day its
--                          deadline ran from is no longer stored.
-- VISIT_CASE_WITHOUT_VIOLATION  a case opened for a visit has a visit whose signed-off record found a violation
-- VIOLATION_WITHOUT_CASE   a signed-off record that found a violation has its visit's case, or the event that opens
--                          it is still waiting in the inspection outbox
create view violation.deadline_invariant_violation as
select 'DEADLINE_NOT_AS_SET'::varchar(40) as rule, ('ViolationCase ' || c.id)::varchar(200) as subject,
       ('status ' || c.status || ', deadline ' || coalesce(c.due_rule || ' ' || c.due_on, 'none') || ', expected '
        || coalesce(e.rule || ' ' || coalesce(e.due_on::text, 'no rule in force'), 'none'))::varchar(1000) as detail
from violation.violation_case c
cross join lateral (
    select x.rule, case when x.rule = 'RECORD' then coalesce(violation.due_date(x.rule, x.from_day), x.from_day)
                        else violation.due_date(x.rule, x.from_day) end as due_on
    from (select case when c.complaint_suspends and c.complaint_filed_on is not null
                           and c.complaint_outcome is null then null
                      else case c.status when 'OPENED' then 'RECORD' when 'RECORDED' then 'DECISION'
                                         when 'EXPLANATION' then 'DECISION_EXPLANATION'
                                         when 'RETURNED' then 'DECISION_AFTER_RETURN' when 'DECIDED' then 'DELIVERY'
                                         when 'DELIVERED' then 'PAYMENT' end end as rule,
                 case c.status when 'OPENED' then c.detected_on when 'RECORDED' then c.recorded_on
                               when 'EXPLANATION' then c.recorded_on when 'RETURNED' then c.returned_on
                               when 'DECIDED' then c.decided_on when 'DELIVERED' then c.delivered_on end as from_day) x
) e
where c.due_rule is distinct from e.rule or c.due_on is distinct from e.due_on
union all
select 'DECIDED_AFTER_LIMITATION', 'ViolationCase ' || c.id,
       'decided ' || c.decided_on || ', limitation ' || coalesce('ended ' || l.ends_on, 'not in the rule table')
from violation.violation_case c
cross join lateral (select violation.due_date(case when c.listed_field then 'LIMITATION_LISTED_FIELDS'
                                                   else 'LIMITATION' end,
                                              coalesce(c.act_ended_on, c.detected_on)) as ends_on) l
where c.decided_on is not null and (l.ends_on is null or c.decided_on > l.ends_on)
union all
select 'LATE_PAYMENT_SURCHARGE', 'ViolationCase ' || p.case_id,
       'payment ' || p.position || ' of ' || p.amount || ' on ' || p.paid_on || ' (due ' || coalesce(d.due_on::text, '?')
       || '): surcharge ' || p.surcharge || ', expected ' || coalesce(s.expected::text, 'none: no rate in force')
from (select p.*, sum(p.amount) over (partition by p.case_id order by p.position
                                     rows between unbounded preceding and 1 preceding) as paid_before
      from violation.violation_case_payment p) p
join violation.violation_case c on c.id = p.case_id
cross join lateral (select violation.due_date('PAYMENT', c.delivered_on) as due_on) d
cross join lateral (
    select case when p.paid_on <= d.due_on then 0
                else floor(least(p.amount, c.fine_total - coalesce(p.paid_before, 0))::numeric * r.amount
                           * (p.paid_on - d.due_on) / 10000) end as expected
    from (select (select r.amount from violation.violation_rule r
                  where r.code = 'LATE_PAYMENT_SURCHARGE' and r.valid_from <= p.paid_on
                    and (r.valid_until is null or p.paid_on <= r.valid_until)) as amount) r) s
where c.delivered_on is not null and p.paid_on >= c.delivered_on
  and p.surcharge is distinct from s.expected
union all
select 'VISIT_CASE_WITHOUT_VIOLATION', 'ViolationCase ' || c.id,
       'visit ' || c.visit_id || coalesce(', record ' || case when r.signed_off_at is null then 'not signed off'
                                                             else 'found no violation' end, ', no record')
from violation.violation_case c
left join inspection.visit_record r on r.visit_id = c.visit_id
where c.visit_id is not null
  and (r.signed_off_at is null
       or not exists (select 1 from inspection.visit_record_finding f where f.record_id = r.id and f.violation))
union all
select 'VIOLATION_WITHOUT_CASE', 'Visit ' || r.visit_id, 'record signed off ' || r.signed_off_at || ', no case'
from inspection.visit_record r
where r.signed_off_at is not null
  and exists (select 1 from inspection.visit_record_finding f where f.record_id = r.id and f.violation)
  and not exists (select 1 from violation.violation_case c where c.visit_id = r.visit_id)
  and not exists (select 1 from inspection.outbox_event o
                  where o.visit_id = r.visit_id and o.type = 'VisitViolationsFound' and o.published_at is null);

create view violation.invariant_violation as
select * from violation.case_invariant_violation
union all
select * from violation.deadline_invariant_violation;

-- Steps taken after the statutory period that ran for the state they left: the record after the record period
-- from detection; the decision (or no sanction, an exemption, a transfer) after the decision period from the record,
-- the explanation's or the one after the police's return; the delivery after the delivery period from the decision.
-- The application allows a late step (the deadline board shows the case overdue until it is taken), so these are not
-- invariant violations but the cases that missed a period; the data-set check reports them apart. The payment
-- deadline is the violator's, not a step of the officer's, and is left to the surcharge. A step's day is the one
-- the case stores for it (recorded_on, decided_on, delivered_on, returned_on) when it is the last of its kind,
-- otherwise the Vietnam day it was taken; the periods run from the case's stored days, which for a case that passed
-- a state twice (recorded again after the police returned the file) are those of the last pass, so an earlier
-- pass's step can be missed here but an on-time step is never listed.
create view violation.late_step as
select t.case_id, t.position, t.action, x.rule as due_rule, d.due_on, x.taken_on
from (select t.*, t.position = max(t.position) over (partition by t.case_id, t.action) as last_of_kind
      from violation.violation_case_transition t) t
join violation.violation_case c on c.id = t.case_id
cross join lateral (
    select case t.from_status when 'OPENED' then 'RECORD' when 'RECORDED' then 'DECISION'
                              when 'EXPLANATION' then 'DECISION_EXPLANATION'
                              when 'RETURNED' then 'DECISION_AFTER_RETURN' when 'DECIDED' then 'DELIVERY' end as rule,
           case t.from_status when 'OPENED' then c.detected_on when 'RECORDED' then c.recorded_on
                              when 'EXPLANATION' then c.recorded_on when 'RETURNED' then c.returned_on
                              when 'DECIDED' then c.decided_on end as from_day,
           coalesce(case when t.last_of_kind then case t.action when 'RECORD_VIOLATION' then c.recorded_on
                                                                when 'ISSUE_DECISION' then c.decided_on
                                                                when 'DELIVER_DECISION' then c.delivered_on end end,
                    (t.acted_at at time zone 'Asia/Ho_Chi_Minh')::date) as taken_on
) x
cross join lateral (select violation.due_date(x.rule, x.from_day) as due_on) d
where t.from_status in ('OPENED', 'RECORDED', 'EXPLANATION', 'RETURNED', 'DECIDED')
  and t.to_status <> t.from_status
  and x.taken_on > d.due_on;
