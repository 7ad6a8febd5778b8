-- The case list's default order is the next deadline, cases without a running deadline last (ascending, nulls last:
-- a btree's own order), then id. The partial index of V2 holds only the cases with a deadline, so without this one
-- the first page of the whole list sorted every case.
create index violation_case_due_all on violation_case (due_on, id);

-- A name search matches the establishment's name too: the establishments found by their trigram index, then their
-- cases by this index, OR-ed in a bitmap with the cases whose violator's name matches.
create index violation_case_establishment on violation_case (establishment_id);
