-- The case list finds a violator by any part of the name ("dong a" in "Công ty TNHH Giải trí Đông Á"): a substring
-- match that a btree cannot serve. A trigram index where pg_trgm is available (the inspection schema created the
-- extension when it could), the plain index of V10 otherwise.
do $$
begin
    if exists (select 1 from pg_extension where extname = 'pg_trgm') then
        create index violation_case_violator_trigram on violation_case
            using gin (violator_name_folded public.gin_trgm_ops);
    end if;
end
$$;
