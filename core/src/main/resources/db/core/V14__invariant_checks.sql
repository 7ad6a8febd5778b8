-- Invariants of core's own data, as rows that break them (none on sound data). Each module has such a view,
-- <schema>.invariant_violation (rule, subject, detail); the data-set check reads them all.
--
-- DOCUMENT_NUMBER_GAP: each sequence (issuer, kind, year) holds exactly the numbers 1..n, and its counter is at n
-- (seq is unique per sequence, so n numbers whose highest is n are 1..n).
create view core.invariant_violation as
select 'DOCUMENT_NUMBER_GAP'::varchar(40) as rule,
       (coalesce(c.issuer_code, n.issuer_code) || ' ' || coalesce(c.kind, n.kind) || ' '
        || coalesce(c.year, n.year))::varchar(200) as subject,
       ('counter at ' || coalesce(c.last_seq::text, 'none') || ', ' || coalesce(n.issued, 0)
        || ' numbers issued, the highest ' || coalesce(n.highest::text, 'none'))::varchar(1000) as detail
from core.document_counter c
full join (select issuer_code, kind, year, count(*) as issued, max(seq) as highest
           from core.document_number
           group by issuer_code, kind, year) n
       on n.issuer_code = c.issuer_code and n.kind = c.kind and n.year = c.year
where c.last_seq is distinct from n.issued or c.last_seq is distinct from n.highest;
