-- The outreach totals (the log's line of totals, the committee's desk, the periodic reports) sum a period's activities:
-- read from this index alone (no table rows), a year of the whole country's outreach is summed in about 70 ms instead of
-- 165 ms (bench/directives.sh, 300,000 activities).
create index outreach_activity_totals on outreach_activity (held_on) include (state, participants, materials, unit_id);
