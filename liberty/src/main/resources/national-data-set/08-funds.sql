-- Support and the money behind it: one to four requests per verified victim's case (essential needs, medical care,
-- travel, psychological support, the initial hardship allowance), paid from budget lines of the state budget, the
-- national target programme and a donor, one line per year, source and support type. Requests older than two months
-- were paid (some cancelled); recent ones wait for approval, are approved or paid. Every approved request commits its
-- amount in the ledger and every payment records it; a line holds a quarter more than it committed. Past years are
-- closed.
insert into victim.funding_source (kind, name, name_key, created_at, created_by, updated_at, updated_by)
values ('STATE_BUDGET', 'Ngân sách tỉnh (dữ liệu sinh)', 'gen-state', now(), 'generator', now(), 'generator'),
       ('NATIONAL_PROGRAMME', 'Chương trình mục tiêu quốc gia (dữ liệu sinh)', 'gen-programme', now(), 'generator',
        now(), 'generator'),
       ('DONOR', 'Nhà tài trợ quốc tế (dữ liệu sinh)', 'gen-donor', now(), 'generator', now(), 'generator');

create temp table gen_request on commit drop as
select c.id as case_id, c.case_worker, r.support_type, r.requested_on, r.quantity,
       case when r.support_type = 'a' then r.quantity * 60000
            else (50 + floor(random() * 1450))::bigint * 10000 end as amount,
       random() as r_status, 1 + floor(random() * 3)::int as source_no
from victim.victim_case c
cross join lateral generate_series(1, 1 + floor(random() * 4)::int + (0 * c.id)::int) k
cross join lateral (
    select pg_temp.pick(array['a', 'b', 'e', 'g', 'k']) as support_type,
           least(c.received_on + 5 + floor(random() * 115)::int + 0 * k, current_setting('vigil.today')::date)
               as requested_on,
           30 + floor(random() * 61)::int as quantity
    offset 0) r
where c.created_by = 'generator' and c.person_status = 'VERIFIED_VICTIM' and c.person_role = 'VICTIM';

update gen_request set quantity = 1 where support_type <> 'a';
alter table gen_request add column status varchar(24), add column line_key text;
update gen_request set status = case
        when requested_on < current_setting('vigil.today')::date - 60 then
            case when r_status < 0.92 then 'DISBURSED' else 'CANCELLED' end
        when r_status < 0.30 then 'REQUESTED'
        when r_status < 0.40 and amount > 10000000 then 'FIRST_APPROVED'
        when r_status < 0.65 then 'APPROVED'
        else 'DISBURSED' end;
update gen_request set line_key = extract(year from requested_on) || '/' || source_no || '/' || support_type
where status in ('FIRST_APPROVED', 'APPROVED', 'DISBURSED');

insert into victim.budget_line (budget_year, funding_source_id, support_type, amount, note, created_at, created_by,
       updated_at, updated_by)
select split_part(g.line_key, '/', 1)::int, s.id, split_part(g.line_key, '/', 3),
       (ceil(sum(g.amount) * 1.25 / 1000000) * 1000000)::bigint + 50000000, 'Dữ liệu sinh', now(), 'generator',
       now(), 'generator'
from gen_request g
join victim.funding_source s on s.name_key = (array['gen-state', 'gen-programme', 'gen-donor'])
                                              [split_part(g.line_key, '/', 2)::int]
where g.line_key is not null
group by g.line_key, s.id;

insert into victim.support_request (case_id, support_type, quantity, period_from, period_until, amount, case_by_case,
       purpose, requested_by, requested_on, status, budget_line_id, first_approver, second_approver, disbursed_on,
       disbursement, receipt_number, cancel_reason, created_at, created_by, updated_at, updated_by)
select g.case_id, g.support_type, g.quantity,
       case when g.support_type = 'a' then g.requested_on end,
       case when g.support_type = 'a' then g.requested_on + g.quantity - 1 end,
       g.amount, false, 'Hỗ trợ nạn nhân theo Điều 37 (dữ liệu sinh)', g.case_worker, g.requested_on, g.status, l.id,
       case when g.status in ('FIRST_APPROVED', 'APPROVED', 'DISBURSED') then 'finance' end,
       case when g.status in ('APPROVED', 'DISBURSED') and g.amount > 10000000 then 'ketoan.syt' end,
       case when g.status = 'DISBURSED' then least(g.requested_on + 10, current_setting('vigil.today')::date) end,
       case when g.status = 'DISBURSED' then pg_temp.pick(array['CASH', 'TRANSFER', 'IN_KIND']) end,
       case when g.status = 'DISBURSED' then 'GN-PC-' || row_number() over () end,
       case when g.status = 'CANCELLED' then 'Nạn nhân không còn nhu cầu hỗ trợ' end,
       now(), 'generator', now(), 'generator'
from gen_request g
left join victim.funding_source s
       on s.name_key = (array['gen-state', 'gen-programme', 'gen-donor'])[split_part(g.line_key, '/', 2)::int]
left join victim.budget_line l
       on l.budget_year = split_part(g.line_key, '/', 1)::int and l.funding_source_id = s.id
      and l.support_type = split_part(g.line_key, '/', 3);

-- the ledger in bulk: the per-row overspending check is off for the load and the same rule is checked once below
alter table victim.ledger_entry disable trigger ledger_entry_within_line;
insert into victim.ledger_entry (budget_line_id, support_request_id, kind, amount, recorded_at, recorded_by)
select r.budget_line_id, r.id, k.kind, r.amount,
       (case k.kind when 'COMMITTED' then r.requested_on + 3 else r.disbursed_on end)::timestamp
           at time zone 'Asia/Ho_Chi_Minh', 'finance'
from victim.support_request r
cross join lateral (values ('COMMITTED'), ('DISBURSED')) k (kind)
-- the first approval reserves the money: a request waiting for its second approval holds it too
where r.created_by = 'generator' and r.status in ('FIRST_APPROVED', 'APPROVED', 'DISBURSED')
  and (k.kind = 'COMMITTED' or r.status = 'DISBURSED');
alter table victim.ledger_entry enable trigger ledger_entry_within_line;

do $$
begin
    if exists (select 1 from victim.budget_line l
               where l.amount < (select coalesce(sum(case e.kind when 'COMMITTED' then e.amount
                                                                  when 'RELEASED' then -e.amount else 0 end), 0)
                                 from victim.ledger_entry e where e.budget_line_id = l.id)) then
        raise exception 'a generated budget line is overspent';
    end if;
end
$$;

insert into victim.budget_year (year, closed_at, closed_by)
select distinct l.budget_year, make_date(l.budget_year + 1, 1, 15)::timestamp at time zone 'Asia/Ho_Chi_Minh', 'finance'
from victim.budget_line l
where l.created_by = 'generator' and l.budget_year < extract(year from current_setting('vigil.today')::date)
on conflict (year) do nothing;
