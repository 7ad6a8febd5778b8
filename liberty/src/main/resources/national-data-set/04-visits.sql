-- Half-day slots on working days (no weekends, no public holidays on record) from 1 January nine years back to
-- three months ahead; a slot in the peak period (July to September) counts twice, so it is twice as likely used.
create temp table gen_slot on commit drop as
select row_number() over (order by d, s.starts) as slot_no, d::date as day, s.starts,
       case when extract(month from d) in (7, 8, 9) then 2 else 1 end as weight
from generate_series(date_trunc('year', current_setting('vigil.today')::date) - interval '9 years',
                     current_setting('vigil.today')::date + 90, interval '1 day') d
cross join (values (time '08:00'), (time '14:00')) s (starts)
where extract(isodow from d) < 6
  and not exists (select 1 from core.holiday h where h.day = d::date and h.kind <> 'MAKE_UP_WORKING_DAY');

-- The slots unrolled by weight: unit u of W belongs to one slot.
create temp table gen_unit on commit drop as
select row_number() over (order by slot_no, w) - 1 as unit, slot_no
from gen_slot
cross join lateral generate_series(1, weight) w;

-- Each establishment's visits spread evenly over the period from a random phase; a team's visits, in that order,
-- take evenly spaced units from the team's own random phase. A team has at most W/2 visits, so two of its visits
-- are at least two units apart and never share a slot: neither a team (so no member) nor an establishment (always
-- visited by its own team) is ever booked twice at once.
create temp table gen_visit on commit drop as
select p.id as establishment_id, p.commune_id, t.id as team_id,
       floor((row_number() over (partition by t.id order by (j - 1 + p.phase) / p.visits, p.id) - 1 + t.phase)
             * (select count(*) from gen_unit)
             / count(*) over (partition by t.id))::bigint as unit
from gen_plan p
join gen_team t on t.province_code = p.province_code and t.team_no = p.team_no
cross join lateral generate_series(1, p.visits) j;

insert into inspection.visit (establishment_id, commune_id, team_id, kind, status, starts_at, ends_at,
                              cancel_reason, created_at, created_by, updated_at, updated_by)
select establishment_id, commune_id, team_id,
       case when r_kind < 0.15 then 'UNANNOUNCED' else 'ANNOUNCED' end, status, starts_at, ends_at,
       case when status = 'CANCELLED' then (array['Cơ sở tạm ngừng hoạt động trong thời gian kiểm tra',
           'Đoàn kiểm tra được điều động làm nhiệm vụ đột xuất khác',
           'Trùng lịch làm việc của cơ quan chủ trì'])[1 + floor(r_status * 100)::int % 3] end,
       least(starts_at - interval '14 days', now()), 'generator',
       case when status = 'SIGNED_OFF' then ends_at else least(starts_at - interval '14 days', now()) end, 'generator'
from (
    select v.establishment_id, v.commune_id, v.team_id, x.r_kind, x.r_status, x.starts_at,
           x.starts_at + interval '2 hours 30 minutes' as ends_at,
           case when x.starts_at + interval '2 hours 30 minutes' <= now()
                    then case when x.r_status < 0.03 then 'CANCELLED' else 'SIGNED_OFF' end
                when x.starts_at > now() then case when x.r_status < 0.02 then 'CANCELLED' else 'SCHEDULED' end
                else 'IN_PROGRESS' end as status
    from gen_visit v
    join gen_unit u on u.unit = v.unit
    join gen_slot s on s.slot_no = u.slot_no
    cross join lateral (select random() + 0 * v.unit as r_kind, random() + 0 * v.unit as r_status,
                               (s.day + s.starts) at time zone 'Asia/Ho_Chi_Minh' as starts_at) x
) planned
order by starts_at, team_id;

-- The team's members go on each visit, with its period copied (a called-off visit books nobody).
insert into inspection.visit_member (visit_id, user_id, department_id, starts_at, ends_at, active)
select v.id, m.user_id, m.department_id, v.starts_at, v.ends_at, v.status <> 'CANCELLED'
from inspection.visit v
join inspection.inspection_team_member m on m.team_id = v.team_id
where v.created_by = 'generator';

-- The registry's "last inspected" is the last signed-off visit.
update inspection.establishment e set last_inspected_on = l.day
from (select establishment_id, max((starts_at at time zone 'Asia/Ho_Chi_Minh')::date) as day
      from inspection.visit
      where status = 'SIGNED_OFF' and created_by = 'generator'
      group by establishment_id) l
where l.establishment_id = e.id;

-- The generated visits as the later scripts read them: this session's own copy, so those scripts never wait on the
-- visits' table while a second connection builds its booking constraints (NationalDataSet), and its statistics.
create temp table gen_visit_row as
select id, establishment_id, team_id, status, starts_at, ends_at, updated_at
from inspection.visit
where created_by = 'generator';
analyze gen_visit_row;
