-- Violation cases as the workflow makes them: one for about one signed-off visit in ten since the rule table and
-- the legal catalogue start (a case needs the statutory periods and an act in force on its day), and one opened by
-- hand for an establishment in ten. Each case follows a path of the workflow (recorded, decided,
-- delivered, paid and closed mostly; some with an explanation, enforcement and a late payment, no sanction, an
-- exemption as a victim, a transfer to the police that prosecuted or returned the file), every step on a working
-- day inside its statutory period, cut at today: recent cases stand at every step, with the next deadline the
-- application would set. A few recent ones stalled at a step and are overdue. The legal officer of a case (one of
-- the generated ones, or the demo "legal" for a tenth) draws up the record and the decision; their numbers come
-- from the sequence of the officer's department, kind and year, continuing the demo data's, without gaps. Acts are
-- provisions of the catalogue in force on the day of detection that fit the establishment's business line, fined
-- inside the range for the violator (an organisation's range is the doubled one the catalogue holds). Payments (in
-- full, or in two or three instalments) add up to what was paid; a late one carries the surcharge of the rule table.

-- The working-day calendar of core.holiday (weekends off unless a make-up working day), numbered, for deadlines
-- computed as the application's DeadlineCalculator does.
create temp table gen_day on commit drop as
select day, working, count(*) filter (where working) over (order by day) as wd
from (select d::date as day,
             case when h.kind is not null then h.kind = 'MAKE_UP_WORKING_DAY' else extract(isodow from d) < 6 end
                 as working
      from generate_series(date '2020-01-01', current_setting('vigil.today')::date + 800, interval '1 day') d
      left join core.holiday h on h.day = d::date) c;
alter table gen_day add primary key (day);
create temp table gen_workday on commit drop as select wd, day from gen_day where working;
alter table gen_workday add primary key (wd);

-- The working day n working days after a day (n >= 1).
create function pg_temp.add_wd(date, int) returns date language sql stable as $$
    select w.day from gen_workday w where w.wd = (select d.wd from gen_day d where d.day = $1) + $2
$$;
-- The day itself when it is a working day, else the next one.
create function pg_temp.next_wd(date) returns date language sql stable as $$
    select w.day from gen_workday w
    where w.wd = (select d.wd + case when d.working then 0 else 1 end from gen_day d where d.day = $1)
$$;
-- The due date of a statutory period of the rule table (the rule in force on the start day) counted from a day.
create function pg_temp.due(varchar, date) returns date language sql stable as $$
    select case r.unit when 'WORKING_DAYS' then pg_temp.add_wd($2, r.amount::int)
                       when 'DAYS' then pg_temp.next_wd($2 + r.amount::int)
                       when 'MONTHS' then pg_temp.next_wd(($2 + make_interval(months => r.amount::int))::date) end
    from violation.violation_rule r
    where r.code = $1 and r.valid_from <= $2 and (r.valid_until is null or $2 <= r.valid_until)
$$;
-- A working day after start, at the latest on due, chosen by r in [0, 1).
create function pg_temp.within(date, date, double precision) returns date language sql stable as $$
    select w.day from gen_workday w
    where w.wd = (select s.wd from gen_day s where s.day = $1)
                 + 1 + floor($3 * greatest((select e.wd from gen_day e where e.day = $2)
                                           - (select s.wd from gen_day s where s.day = $1), 1))::int
$$;
-- A time of office hours on a day, Vietnam time, a little later for each later step of the same case.
create function pg_temp.at(date, int) returns timestamptz language sql volatile as $$
    select ($1 + time '08:00' + make_interval(mins => $2 * 20 + floor(random() * 18)::int))
               at time zone 'Asia/Ho_Chi_Minh'
$$;

-- The first day a case can be worked: every statutory period in force and some act of the catalogue in force.
create temp table gen_case_start on commit drop as
select greatest((select max(f) from (select min(valid_from) as f from violation.violation_rule group by code) r),
                (select min(valid_from) from violation.legal_provision where active)) as day;

-- Legal officers: three in each of four departments, plus the demo "legal" (who takes a tenth of the cases).
create temp table gen_legal on commit drop as
select 'gen.legal.' || lower(d.code) || '.' || k as username, d.id as department_id,
       pg_temp.pick(array['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ', 'Đặng', 'Bùi']) || ' '
       || pg_temp.pick(array['Văn', 'Thị', 'Minh', 'Thanh', 'Quốc', 'Ngọc']) || ' '
       || pg_temp.pick(array['Hải', 'Hương', 'Khoa', 'Lan', 'Phúc', 'Sơn', 'Tâm', 'Trung', 'Vân']) as full_name
from core.department d
cross join generate_series(1, 3) k
where d.code in ('CA', 'STP', 'SVHTTDL', 'SNV');

insert into core.user_account (username, full_name, full_name_folded, department_id, password_hash,
                               created_at, created_by, updated_at, updated_by)
select g.username, g.full_name, pg_temp.fold(g.full_name), g.department_id,
       (select password_hash from core.user_account where username = 'inspector'),
       now(), 'generator', now(), 'generator'
from gen_legal g
order by g.username;

insert into core.user_role (user_id, role)
select u.id, 'LEGAL_OFFICER'
from gen_legal g
join core.user_account u on u.username = g.username;

create temp table gen_officer on commit drop as
select row_number() over (order by u.username) as n, u.username, u.full_name, d.code as issuer_code,
       d.name as issuer_name
from core.user_account u
join core.department d on d.id = u.department_id
where u.username in (select username from gen_legal);

-- The acts that fit a business line (provisions by decree, article, clause and point); lines without their own
-- acts are charged with the acts on prostitution that apply to any establishment.
create temp table gen_line_act on commit drop as
select l.code as line_code, p.id as provision_id, p.valid_from, p.valid_until
from (values ('ACCOMMODATION', '144/2021/NĐ-CP 12.1.a'), ('ACCOMMODATION', '144/2021/NĐ-CP 27.1.a'),
             ('KARAOKE', '144/2021/NĐ-CP 27.1.a'), ('KARAOKE', '38/2021/NĐ-CP 15.3.a'),
             ('KARAOKE', '38/2021/NĐ-CP 15.4.a'), ('KARAOKE', '38/2021/NĐ-CP 15.4.b'),
             ('DISCOTHEQUE', '38/2021/NĐ-CP 15.5.a'), ('DISCOTHEQUE', '144/2021/NĐ-CP 24.1'),
             ('MASSAGE', '144/2021/NĐ-CP 27.1.a'), ('MASSAGE', '144/2021/NĐ-CP 25.1'),
             ('LABOUR_EXPORT', '12/2022/NĐ-CP 42.5'), ('LABOUR_EXPORT', '12/2022/NĐ-CP 42.3.b')) m (line, ref)
join inspection.business_line l on l.code = m.line
join violation.legal_provision p
  on p.decree || ' ' || p.article || '.' || p.clause || coalesce('.' || p.point, '') = m.ref and p.active
union all
select l.code, p.id, p.valid_from, p.valid_until
from inspection.business_line l
join violation.legal_provision p on p.active and p.decree = '144/2021/NĐ-CP' and p.article in (24, 25, 27)
where l.code not in ('ACCOMMODATION', 'KARAOKE', 'DISCOTHEQUE', 'MASSAGE', 'LABOUR_EXPORT');

-- The cases: from visits (opened by the system when the record is signed off) and by hand (by the legal officer).
create temp table gen_case on commit drop as
select nextval(pg_get_serial_sequence('violation.violation_case', 'id')) as id, c.*
from (select v.id as visit_id, v.establishment_id, (v.starts_at at time zone 'Asia/Ho_Chi_Minh')::date as detected_on,
             v.updated_at as opened_at, 'system' as opened_by
      from gen_visit_row v
      where v.status = 'SIGNED_OFF'
        and (v.starts_at at time zone 'Asia/Ho_Chi_Minh')::date >= (select day from gen_case_start)
        and random() < 0.10
      union all
      select null, e.id, d.day, null, null
      from inspection.establishment e
      cross join lateral (select (select day from gen_case_start)
                                 + floor(random() * (current_setting('vigil.today')::date
                                                     - (select day from gen_case_start) + 1) + 0 * e.id)::int
                                     as day) x
      cross join lateral (select pg_temp.next_wd(x.day) as day) d
      where e.created_by = 'generator' and random() < 0.10 and d.day <= current_setting('vigil.today')::date
      order by 3, 1, 2) c;

alter table gen_case
    add column officer varchar(64), add column officer_name varchar(120), add column issuer_code varchar(32),
    add column issuer_name varchar(200), add column line_code varchar(40), add column violator_kind varchar(16),
    add column violator_name varchar(200), add column path varchar(16), add column instalments int,
    add column refused boolean, add column stall int, add column r double precision[];

update gen_case g set
    officer = o.username, officer_name = o.full_name, issuer_code = o.issuer_code, issuer_name = o.issuer_name,
    line_code = l.code,
    violator_kind = case when x.r[1] < 0.7 then 'ORGANISATION' else 'INDIVIDUAL' end,
    violator_name = case when x.r[1] < 0.7 then e.name else coalesce(e.legal_representative, e.owner_name, e.name) end,
    path = case when x.r[2] < 0.74 then 'PAID' when x.r[2] < 0.79 then 'EXPLAINED' when x.r[2] < 0.83 then 'ENFORCED'
                when x.r[2] < 0.90 then 'NOT_SANCTIONED' when x.r[2] < 0.91 then 'EXEMPTED'
                when x.r[2] < 0.95 then 'PROSECUTED' when x.r[2] < 0.97 then 'RETURNED' else 'TRANSFERRED' end,
    instalments = case when x.r[3] < 0.85 then 1 when x.r[3] < 0.95 then 2 else 3 end,
    refused = x.r[4] < 0.03,
    -- a tenth of the cases of the last year stalled after one of their first steps
    stall = case when g.detected_on > current_setting('vigil.today')::date - 365 and x.r[5] < 0.10
                 then 1 + floor(x.r[6] * 4)::int end,
    r = x.r
from inspection.establishment e
join inspection.business_line l on l.id = e.business_line_id,
     lateral (select array(select random() from generate_series(1, 16 + 0 * e.id)) as r) x,
     lateral (select o.* from gen_officer o
              where o.n = 1 + floor(x.r[7] * (select count(*) from gen_officer))::int) o
where e.id = g.establishment_id;

update gen_case set officer = 'legal', officer_name = u.full_name, issuer_code = d.code, issuer_name = d.name
from core.user_account u
join core.department d on d.id = u.department_id
where u.username = 'legal' and r[8] < 0.10;

update gen_case set opened_at = pg_temp.at(detected_on, 0), opened_by = officer where visit_id is null;

-- The acts: one to three distinct provisions in force on the day of detection that fit the line, each fined in the
-- range for the violator, in steps of 100,000 đồng.
create temp table gen_act on commit drop as
select g.id as case_id, (row_number() over (partition by g.id order by a.k) - 1)::int as position, a.provision_id,
       (case when g.violator_kind = 'ORGANISATION' then p.organisation_fine_min else p.individual_fine_min end
        + floor(random() * ((case when g.violator_kind = 'ORGANISATION' then p.organisation_fine_max
                                  else p.individual_fine_max end
                             - case when g.violator_kind = 'ORGANISATION' then p.organisation_fine_min
                                    else p.individual_fine_min end) / 100000 + 1))::bigint * 100000) as fine
from gen_case g
cross join lateral (
    select la.provision_id, random() as k
    from gen_line_act la
    where la.line_code = g.line_code and la.valid_from <= g.detected_on
      and (la.valid_until is null or g.detected_on <= la.valid_until)
    order by random() + 0 * g.id
    limit 1 + floor(g.r[9] * 2.2)::int) a
join violation.legal_provision p on p.id = a.provision_id;

-- a line with no act in force that day has no case
delete from gen_case g where not exists (select 1 from gen_act a where a.case_id = g.id);

-- The days of every step of the case's path (null where the path has no such step).
create temp table gen_path on commit drop as
select g.*, f.fine_total::bigint as fine_total,
       null::date as transferred_on, null::date as returned_on, null::date as recorded_on,
       null::date as explained_on, null::date as ended_on, null::date as decided_on, null::date as delivered_on,
       null::date as enforced_on, null::date as paid1_on, null::date as paid2_on, null::date as paid3_on,
       null::date as closed_on, null::date as prosecuted_on
from gen_case g
join (select case_id, sum(fine) as fine_total from gen_act group by case_id) f on f.case_id = g.id;

update gen_path set transferred_on = pg_temp.add_wd(detected_on, 1) where path in ('PROSECUTED', 'RETURNED', 'TRANSFERRED');
update gen_path set prosecuted_on = pg_temp.next_wd(transferred_on + 15 + floor(r[10] * 75)::int) where path = 'PROSECUTED';
update gen_path set returned_on = pg_temp.next_wd(transferred_on + 10 + floor(r[10] * 40)::int) where path = 'RETURNED';
update gen_path set recorded_on = case when path = 'RETURNED' then pg_temp.within(returned_on, pg_temp.add_wd(returned_on, 2), r[11])
                                       else pg_temp.within(detected_on, pg_temp.due('RECORD', detected_on), r[11]) end
where path not in ('PROSECUTED', 'TRANSFERRED');
update gen_path set explained_on = pg_temp.within(recorded_on, pg_temp.due('DECISION', recorded_on), r[12] * 0.5)
where path = 'EXPLAINED';
update gen_path set ended_on = pg_temp.within(recorded_on, pg_temp.due('DECISION', recorded_on), r[12])
where path in ('NOT_SANCTIONED', 'EXEMPTED');
update gen_path set decided_on = case when path = 'EXPLAINED'
                                          then pg_temp.within(explained_on, pg_temp.due('DECISION_EXPLANATION', recorded_on), r[13])
                                      else pg_temp.within(recorded_on, pg_temp.due('DECISION', recorded_on), r[13]) end
where path in ('PAID', 'EXPLAINED', 'ENFORCED', 'RETURNED');
update gen_path set delivered_on = pg_temp.within(decided_on, pg_temp.due('DELIVERY', decided_on), r[14])
where decided_on is not null;
-- payments on time, the last settling the fine; an enforced case pays late, all at once, or never
update gen_path set paid1_on = pg_temp.within(delivered_on, pg_temp.due('PAYMENT', delivered_on),
                                              case instalments when 1 then r[15] else r[15] * 0.4 end)
where delivered_on is not null and path <> 'ENFORCED';
update gen_path set paid2_on = least(pg_temp.within(paid1_on, pg_temp.due('PAYMENT', delivered_on),
                                                    case instalments when 2 then r[16] else r[16] * 0.5 end),
                                     pg_temp.due('PAYMENT', delivered_on))
where paid1_on is not null and instalments >= 2;
update gen_path set paid3_on = least(pg_temp.within(paid2_on, pg_temp.due('PAYMENT', delivered_on), r[15]),
                                     pg_temp.due('PAYMENT', delivered_on))
where paid2_on is not null and instalments = 3;
update gen_path set enforced_on = pg_temp.within(pg_temp.due('PAYMENT', delivered_on),
                                                 pg_temp.add_wd(pg_temp.due('PAYMENT', delivered_on), 10), r[15])
where path = 'ENFORCED';
update gen_path set paid1_on = pg_temp.next_wd(enforced_on + 5 + floor(r[16] * 60)::int), instalments = 1
where path = 'ENFORCED' and r[16] < 0.6;
update gen_path set closed_on = pg_temp.within(coalesce(paid3_on, paid2_on, paid1_on),
                                               pg_temp.add_wd(coalesce(paid3_on, paid2_on, paid1_on), 5), r[10])
where paid1_on is not null;

-- The steps in order; a step happens if its time has come and the case did not stall before it.
create temp table gen_step on commit drop as
select g.id as case_id, s.ord, s.action, s.to_status, s.day, s.reason,
       case when s.ord = 0 then g.opened_at else pg_temp.at(s.day, s.ord) end as acted_at,
       case when s.ord = 0 then g.opened_by else g.officer end as acted_by,
       row_number() over (partition by g.id order by s.ord) as k, g.stall
from gen_path g
cross join lateral (
    values (0, 'OPEN', 'OPENED', g.detected_on, null::varchar),
           (1, 'TRANSFER_TO_POLICE', 'TRANSFERRED_TO_POLICE', g.transferred_on,
            'Có dấu hiệu tội phạm mua bán người (Điều 150 Bộ luật Hình sự), chuyển hồ sơ cho cơ quan điều tra'),
           (2, 'PROSECUTE', 'PROSECUTED', g.prosecuted_on, 'Cơ quan điều tra đã khởi tố vụ án'),
           (2, 'RETURN_FROM_POLICE', 'RETURNED', g.returned_on,
            'Cơ quan điều tra không khởi tố, trả hồ sơ để xử phạt vi phạm hành chính'),
           (3, 'RECORD_VIOLATION', 'RECORDED', g.recorded_on, null),
           (4, 'REQUEST_EXPLANATION', 'EXPLANATION', g.explained_on, 'Người vi phạm yêu cầu giải trình'),
           (5, 'DECIDE_NOT_TO_SANCTION', 'NOT_SANCTIONED', case when g.path = 'NOT_SANCTIONED' then g.ended_on end,
            'Hết thời hạn ra quyết định hoặc không đủ căn cứ xử phạt'),
           (5, 'EXEMPT_AS_VICTIM', 'EXEMPTED', case when g.path = 'EXEMPTED' then g.ended_on end,
            'Người vi phạm là nạn nhân của hành vi mua bán người, vi phạm do hậu quả trực tiếp của việc bị mua bán'),
           (6, 'ISSUE_DECISION', 'DECIDED', g.decided_on, null),
           (7, 'DELIVER_DECISION', 'DELIVERED', g.delivered_on,
            case when g.refused then 'Người vi phạm từ chối nhận quyết định, đã lập biên bản có người chứng kiến' end),
           (8, 'START_ENFORCEMENT', 'ENFORCEMENT', g.enforced_on, 'Quá thời hạn nộp phạt mà không tự nguyện chấp hành'),
           (9, 'SETTLE_PAYMENT', 'PAID', coalesce(g.paid3_on, g.paid2_on, g.paid1_on),
            'GN-BL-' || g.id || '-' || coalesce(g.instalments, 1)),
           (10, 'CLOSE', 'CLOSED', g.closed_on, null)) s (ord, action, to_status, day, reason)
where s.day is not null;

delete from gen_step where acted_at > now() or k > stall;

-- Where each case stands: its last step, and which steps it took.
create temp table gen_state on commit drop as
select case_id, (array_agg(to_status order by ord desc))[1] as status,
       max(acted_at) as acted_at, (array_agg(acted_by order by ord desc))[1] as acted_by, count(*) as steps,
       max(day) as last_day,
       bool_or(action = 'RECORD_VIOLATION') as recorded, bool_or(action = 'ISSUE_DECISION') as decided,
       bool_or(action = 'DELIVER_DECISION') as delivered, bool_or(action = 'SETTLE_PAYMENT') as settled,
       bool_or(action = 'RETURN_FROM_POLICE') as returned
from gen_step
group by case_id;
alter table gen_state add primary key (case_id);

-- Payments follow the steps: none before delivery, none beyond the last step of a stalled case, none in the future.
create temp table gen_payment on commit drop as
select g.id as case_id, p.k, p.paid_on,
       case when g.instalments = 1 then g.fine_total
            when p.k = g.instalments then g.fine_total - (g.instalments - 1) * (g.fine_total / g.instalments / 100000 * 100000)
            else g.fine_total / g.instalments / 100000 * 100000 end as amount,
       g.delivered_on, g.officer, p.k < g.instalments as instalment
from gen_path g
join gen_state st on st.case_id = g.id
cross join lateral (values (1, g.paid1_on), (2, g.paid2_on), (3, g.paid3_on)) p (k, paid_on)
where p.paid_on is not null and st.delivered
  and p.paid_on <= case when g.stall is not null then st.last_day else current_setting('vigil.today')::date end
  and (p.k < g.instalments or st.settled);

create temp table gen_paid on commit drop as
select case_id, sum(amount)::bigint as paid, count(*) filter (where instalment) as instalments
from gen_payment group by case_id;
alter table gen_paid add primary key (case_id);

-- The record and the decision, numbered in the sequence of the officer's department, kind and year (after the
-- numbers the demo data or earlier use already took), in the order they were issued.
create temp table gen_document on commit drop as
select x.*, x.base + row_number() over (partition by x.issuer_code, x.kind, x.year order by x.acted_at, x.case_id)
                as seq
from (select s.case_id, s.acted_at, s.acted_by, g.issuer_code,
             case s.action when 'RECORD_VIOLATION' then 'VIOLATION_RECORD' else 'SANCTION_DECISION' end as kind,
             extract(year from s.day)::int as year,
             coalesce((select c.last_seq from core.document_counter c
                       where c.issuer_code = g.issuer_code and c.year = extract(year from s.day)::int
                         and c.kind = case s.action when 'RECORD_VIOLATION' then 'VIOLATION_RECORD'
                                                    else 'SANCTION_DECISION' end), 0) as base
      from gen_step s
      join gen_path g on g.id = s.case_id
      where s.action in ('RECORD_VIOLATION', 'ISSUE_DECISION')) x;
alter table gen_document add column symbol varchar(40), add column number_text varchar(80);
update gen_document d set symbol = (select s.symbol from core.document_symbol s
                                    where s.kind = d.kind and (s.issuer_code = d.issuer_code or s.issuer_code is null)
                                    order by s.issuer_code nulls last limit 1);
update gen_document set number_text = case when seq < 10 then '0' || seq else seq::text end || '/' || symbol;

insert into core.document_number (kind, issuer_code, year, seq, symbol, number_text, issued_at, issued_by,
                                  reference_type, reference_id)
select kind, issuer_code, year, seq, symbol, number_text, acted_at, acted_by, 'ViolationCase', case_id::text
from gen_document
order by acted_at;

insert into core.document_counter as c (issuer_code, kind, year, last_seq)
select issuer_code, kind, year, max(seq) from gen_document group by issuer_code, kind, year
on conflict (issuer_code, kind, year) do update set last_seq = excluded.last_seq;

insert into violation.violation_case (id, visit_id, establishment_id, violator_kind, violator_name, detected_on,
       status, recorded_on, record_number, record_issuer, record_officer, decision_number, decision_issuer,
       decision_officer, decided_on, fine_total, delivered_on, delivery_refused, returned_on, paid_total, due_on,
       due_rule, version, created_at, created_by, updated_at, updated_by)
select g.id, g.visit_id, g.establishment_id,
       case when rec.case_id is not null then g.violator_kind end,
       case when rec.case_id is not null then g.violator_name end,
       g.detected_on, st.status,
       case when rec.case_id is not null then g.recorded_on end,
       rec.number_text, case when rec.case_id is not null then g.issuer_name end,
       case when rec.case_id is not null then g.officer_name end,
       dec.number_text, case when dec.case_id is not null then g.issuer_name end,
       case when dec.case_id is not null then g.officer_name end,
       case when dec.case_id is not null then g.decided_on end,
       case when dec.case_id is not null then g.fine_total else 0 end,
       case when st.status in ('DELIVERED', 'PAID', 'ENFORCEMENT', 'CLOSED') then g.delivered_on end,
       g.refused and st.status in ('DELIVERED', 'PAID', 'ENFORCEMENT', 'CLOSED'),
       case when st.returned then g.returned_on end,
       coalesce(pd.paid, 0),
       d.due_on, d.due_rule,
       st.steps - 1 + coalesce(pd.instalments, 0),
       g.opened_at, 'generator', st.acted_at, st.acted_by
from gen_path g
join gen_state st on st.case_id = g.id
left join gen_paid pd on pd.case_id = g.id
left join gen_document rec on rec.case_id = g.id and rec.kind = 'VIOLATION_RECORD'
left join gen_document dec on dec.case_id = g.id and dec.kind = 'SANCTION_DECISION'
cross join lateral (
    -- the deadline the application sets for the state (CaseDeadlines)
    select x.rule as due_rule, pg_temp.due(x.rule, x.from_day) as due_on
    from (select case st.status when 'OPENED' then 'RECORD' when 'RECORDED' then 'DECISION'
                                when 'EXPLANATION' then 'DECISION_EXPLANATION'
                                when 'RETURNED' then 'DECISION_AFTER_RETURN' when 'DECIDED' then 'DELIVERY'
                                when 'DELIVERED' then 'PAYMENT' end as rule,
                 case st.status when 'OPENED' then g.detected_on when 'RECORDED' then g.recorded_on
                                when 'EXPLANATION' then g.recorded_on when 'RETURNED' then g.returned_on
                                when 'DECIDED' then g.decided_on when 'DELIVERED' then g.delivered_on end as from_day
         ) x) d
order by g.id;

insert into violation.violation_case_act (case_id, position, provision_id, fine)
select a.case_id, a.position, a.provision_id, case when st.decided then a.fine end
from gen_act a
join gen_state st on st.case_id = a.case_id
where st.recorded;

insert into violation.violation_case_transition (case_id, position, action, from_status, to_status, acted_at,
                                                 acted_by, reason)
select case_id, (row_number() over w - 1)::int, action, lag(to_status) over w, to_status, acted_at, acted_by, reason
from gen_step
window w as (partition by case_id order by ord);

-- The surcharge of a late payment: the rule's daily rate on the day paid, per day past the payment deadline.
insert into violation.violation_case_payment (case_id, position, receipt_number, paid_on, amount, surcharge,
                                              recorded_by)
select p.case_id, p.k - 1, 'GN-BL-' || p.case_id || '-' || p.k, p.paid_on, p.amount,
       greatest(p.paid_on - pg_temp.due('PAYMENT', p.delivered_on), 0) * p.amount
           * (select r.amount from violation.violation_rule r
              where r.code = 'LATE_PAYMENT_SURCHARGE' and r.valid_from <= p.paid_on
                and (r.valid_until is null or p.paid_on <= r.valid_until)) / 10000,
       p.officer
from gen_payment p;
