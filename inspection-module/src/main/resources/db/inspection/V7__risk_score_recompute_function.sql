-- The set-based risk score recompute as a database function, so the application and bulk tools (the national data
-- set generator) run the very same formula. Formula as in RiskScoring: per factor
-- (2 × weight × min(value, saturation) + saturation) / (2 × saturation) in integers, summed and capped at 100.
-- p_line limits it to one business line, p_establishment to one establishment (null: no limit); returns the number
-- of scores changed.
create function recompute_risk_scores(p_line bigint, p_establishment bigint, p_today date) returns integer
language plpgsql as $$
declare
    changed integer;
begin
    update inspection.establishment e set risk_score = s.score
    from (
        select e.id, least(100,
                 (2 * w.line_w * least(l.risk_weight, 100) + 100) / 200
               + (2 * w.violations_w * least(e.violation_points, w.violations_s) + w.violations_s) / (2 * w.violations_s)
               + (2 * w.tips_w * least(e.tip_count, w.tips_s) + w.tips_s) / (2 * w.tips_s)
               + (2 * w.indicators_w * least(e.indicator_count, w.indicators_s) + w.indicators_s) / (2 * w.indicators_s)
               + (2 * w.gap_w * least(case when e.last_inspected_on is null then w.gap_s else greatest(0,
                      (extract(year from p_today)::int * 12 + extract(month from p_today)::int)
                    - (extract(year from e.last_inspected_on)::int * 12 + extract(month from e.last_inspected_on)::int)
                    - case when extract(day from p_today) < extract(day from e.last_inspected_on) then 1 else 0 end)
                   end, w.gap_s) + w.gap_s) / (2 * w.gap_s)) as score
        from inspection.establishment e
        join inspection.business_line l on l.id = e.business_line_id
        cross join (
            select max(weight) filter (where factor = 'BUSINESS_LINE') as line_w,
                   max(weight) filter (where factor = 'VIOLATIONS') as violations_w,
                   max(saturation) filter (where factor = 'VIOLATIONS') as violations_s,
                   max(weight) filter (where factor = 'TIPS') as tips_w,
                   max(saturation) filter (where factor = 'TIPS') as tips_s,
                   max(weight) filter (where factor = 'INDICATORS') as indicators_w,
                   max(saturation) filter (where factor = 'INDICATORS') as indicators_s,
                   max(weight) filter (where factor = 'INSPECTION_GAP') as gap_w,
                   max(saturation) filter (where factor = 'INSPECTION_GAP') as gap_s
            from inspection.risk_factor_weight) w
        where (p_line is null or e.business_line_id = p_line)
          and (p_establishment is null or e.id = p_establishment)
    ) s
    where s.id = e.id and e.risk_score <> s.score;
    get diagnostics changed = row_count;
    return changed;
end;
$$;
