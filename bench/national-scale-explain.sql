-- Plans of the list queries behind bench/national-scale.sh, on the generated data set (see docs/performance.md).
-- psql -v commune=<id> -v line=<id> -f bench/national-scale-explain.sql  (month: the current one)
\set month_from 'date_trunc(''month'', now() at time zone ''Asia/Ho_Chi_Minh'') at time zone ''Asia/Ho_Chi_Minh'''

explain (analyze, buffers, costs off)
select e.id, e.name, e.registration_no, e.owner_name, e.address, e.commune_id, e.risk_score, l.code
from inspection.establishment e join inspection.business_line l on l.id = e.business_line_id
where e.commune_id = :commune and e.business_line_id = :line
order by e.risk_score desc, e.id limit 25 offset 0;

explain (analyze, buffers, costs off)
select count(*) from inspection.establishment e where e.commune_id = :commune and e.business_line_id = :line;

explain (analyze, buffers, costs off)
select v.id, v.establishment_id, e.name, v.commune_id, v.team_id, t.name, v.kind, v.status, v.starts_at, v.ends_at
from inspection.visit v
join inspection.establishment e on e.id = v.establishment_id
join inspection.inspection_team t on t.id = v.team_id
where v.commune_id = :commune and v.starts_at >= :month_from and v.starts_at < :month_from + interval '1 month'
order by v.starts_at, v.id limit 20;

explain (analyze, buffers, costs off)
select count(*) from inspection.visit v
where v.commune_id = :commune and v.starts_at >= :month_from and v.starts_at < :month_from + interval '1 month';
