-- The statistics page and the business-line list count each line's operating establishments. Without an index of
-- their own those counts read every establishment row of every line: 0.9 s on the national data set (300,000
-- establishments), every time the page opens. This partial index holds only the operating ones, by line, so each
-- count is an index-only scan: 0.12 s for all the lines together.
create index establishment_operating_line on establishment (business_line_id) where status = 'OPERATING';
