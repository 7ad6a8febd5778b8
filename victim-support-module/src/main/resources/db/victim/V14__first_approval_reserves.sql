-- A request's first approval reserves its money (SupportApprovals.approve writes COMMITTED then, and
-- SupportRequestStatus.commitsMoney says so); a request waiting for its second approval holds the reservation too.
-- V12's REQUEST_RESERVATION rule expected none in FIRST_APPROVED, so a data set with a request waiting for a second
-- approval (the demo data now has one) was reported broken. The same view, with that rule corrected:
--
-- REQUEST_RESERVATION     a request approved once or fully, or disbursed, holds a reservation of its amount on its
--                         line, and no other request holds any (nor any line but its own)
create or replace view victim.support_invariant_violation as
select 'LINE_OVERSPENT'::varchar(40) as rule, ('BudgetLine ' || l.id)::varchar(200) as subject,
       ('amount ' || l.amount || ', reserved ' || e.reserved)::varchar(1000) as detail
from victim.budget_line l
join (select budget_line_id,
             sum(case kind when 'COMMITTED' then amount when 'RELEASED' then -amount else 0 end) as reserved,
             sum(case kind when 'DISBURSED' then amount else 0 end) as disbursed
      from victim.ledger_entry group by budget_line_id) e on e.budget_line_id = l.id
where e.reserved > l.amount
union all
select 'LINE_OVERDISBURSED', 'BudgetLine ' || e.budget_line_id,
       'reserved ' || e.reserved || ', disbursed ' || e.disbursed
from (select budget_line_id,
             sum(case kind when 'COMMITTED' then amount when 'RELEASED' then -amount else 0 end) as reserved,
             sum(case kind when 'DISBURSED' then amount else 0 end) as disbursed
      from victim.ledger_entry group by budget_line_id) e
where e.disbursed > e.reserved
union all
select 'REQUEST_RESERVATION', 'SupportRequest ' || r.id,
       'status ' || r.status || ', amount ' || r.amount || ', reserved on its line ' || coalesce(e.own, 0)
       || ', elsewhere ' || coalesce(e.elsewhere, 0)
from victim.support_request r
left join (select x.support_request_id,
                  sum(case when x.budget_line_id = q.budget_line_id then x.signed else 0 end) as own,
                  sum(case when x.budget_line_id is distinct from q.budget_line_id then x.signed else 0 end)
                      as elsewhere
           from (select support_request_id, budget_line_id,
                        case kind when 'COMMITTED' then amount when 'RELEASED' then -amount else 0 end as signed
                 from victim.ledger_entry) x
           join victim.support_request q on q.id = x.support_request_id
           group by x.support_request_id) e on e.support_request_id = r.id
where coalesce(e.own, 0) <> case when r.status in ('FIRST_APPROVED', 'APPROVED', 'DISBURSED') then r.amount else 0 end
   or coalesce(e.elsewhere, 0) <> 0
union all
select 'REQUEST_DISBURSEMENT', 'SupportRequest ' || r.id,
       'status ' || r.status || ', amount ' || r.amount || ', disbursed ' || coalesce(e.disbursed, 0)
       || ' in ' || coalesce(e.entries, 0) || ' entries'
from victim.support_request r
left join (select support_request_id, sum(amount) as disbursed, count(*) as entries
           from victim.ledger_entry where kind = 'DISBURSED' group by support_request_id) e
       on e.support_request_id = r.id
where case when r.status = 'DISBURSED' then e.disbursed is distinct from r.amount or e.entries <> 1
           else e.entries is not null end
union all
select 'LEDGER_AFTER_CLOSING', 'LedgerEntry ' || e.id,
       e.kind || ' at ' || e.recorded_at || ', year ' || l.budget_year || ' closed at ' || y.closed_at
from victim.ledger_entry e
join victim.budget_line l on l.id = e.budget_line_id
join victim.budget_year y on y.year = l.budget_year
where e.recorded_at > y.closed_at;
