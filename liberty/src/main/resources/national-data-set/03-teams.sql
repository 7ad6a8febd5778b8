-- How often each establishment is visited over the period: riskier ones (business line, violations, tips,
-- trafficking indicators on record) far more often. Counts telescope to exactly vigil.visits.
create temp table gen_rate on commit drop as
select e.id, e.commune_id, p.code as province_code, p.name as province_name,
       round((0.25 + ((0.4 * l.risk_weight + 2.0 * least(e.violation_points, 10) + 3.0 * least(e.tip_count, 5)
                      + 5.0 * least(e.indicator_count, 3)) / 45.0) ^ 2)::numeric, 6) as rate
from inspection.establishment e
join inspection.business_line l on l.id = e.business_line_id
join core.administrative_unit c on c.id = e.commune_id
join core.administrative_unit p on p.id = c.parent_id
where e.created_by = 'generator';

-- Each team serves neighbouring communes of one province and about vigil.visits_per_team visits, so no team has
-- more visits than half-day slots. Ordering by commune keeps a team's establishments together.
create temp table gen_plan on commit drop as
select id, commune_id, province_code, province_name, visits, random() as phase,
       floor((sum(visits) over (partition by province_code order by commune_id, id) - visits)
             / current_setting('vigil.visits_per_team')::numeric)::int + 1 as team_no
from (select *,
             (floor(current_setting('vigil.visits')::numeric * running / total)
              - floor(current_setting('vigil.visits')::numeric * (running - rate) / total))::int as visits
      from (select *, sum(rate) over (order by id) as running, sum(rate) over () as total from gen_rate) r) v;

create temp table gen_team on commit drop as
select province_code, team_no, min(province_name) as province_name, random() as phase
from gen_plan
group by province_code, team_no;

-- Three members per team from three departments (police leads, culture, then health, home affairs or the
-- Women's Union); they sign in with the demo password, like the demo accounts.
create temp table gen_member on commit drop as
select t.province_code, t.team_no, k, t.province_name,
       'gen.' || t.province_code || '.' || lpad(t.team_no::text, 3, '0') || '.' || k as username,
       pg_temp.pick(array['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ',
           'Ngô', 'Dương', 'Lý']) || ' '
       || pg_temp.pick(array['Văn', 'Thị', 'Minh', 'Thanh', 'Hữu', 'Ngọc', 'Quốc', 'Đức', 'Xuân', 'Thu'])
       || ' ' || pg_temp.pick(array['An', 'Bình', 'Châu', 'Dũng', 'Giang', 'Hải', 'Hiếu', 'Hoa', 'Huy', 'Khoa',
           'Lâm', 'Linh', 'Minh', 'Nga', 'Phong', 'Quân', 'Thắng', 'Thủy', 'Trung', 'Yến']) as full_name,
       (select id from core.department where code = case k when 1 then 'CA' when 2 then 'SVHTTDL'
            else (array['SYT', 'SNV', 'HLHPN'])[1 + t.team_no % 3] end) as department_id
from gen_team t
cross join generate_series(1, 3) k;

insert into core.user_account (username, full_name, full_name_folded, department_id, password_hash,
                               created_at, created_by, updated_at, updated_by)
select m.username, m.full_name, pg_temp.fold(m.full_name), m.department_id,
       (select password_hash from core.user_account where username = 'inspector'),
       now(), 'generator', now(), 'generator'
from gen_member m
order by m.username;

insert into core.user_role (user_id, role)
select u.id, r.role
from gen_member m
join core.user_account u on u.username = m.username
cross join lateral (values ('INSPECTOR'), ('TEAM_LEAD')) r (role)
where r.role = 'INSPECTOR' or m.k = 1;

insert into inspection.inspection_team (name, name_key, lead_user_id, created_at, created_by, updated_at, updated_by)
select n.name, pg_temp.fold(n.name), u.id, now(), 'generator', now(), 'generator'
from gen_team t
cross join lateral (select 'Đoàn kiểm tra liên ngành số ' || t.team_no || ' – ' || t.province_name as name) n
join core.user_account u on u.username = 'gen.' || t.province_code || '.' || lpad(t.team_no::text, 3, '0') || '.1'
order by t.province_code, t.team_no;

alter table gen_team add column id bigint;
update gen_team t set id = it.id
from inspection.inspection_team it
where it.name = 'Đoàn kiểm tra liên ngành số ' || t.team_no || ' – ' || t.province_name;

insert into inspection.inspection_team_member (team_id, user_id, department_id)
select t.id, u.id, u.department_id
from gen_member m
join gen_team t on t.province_code = m.province_code and t.team_no = m.team_no
join core.user_account u on u.username = m.username;
