-- Session helpers for the generator (dropped with the session).
-- The same folding as Text.fold: no Vietnamese marks, đ as d, lower case, single spaces.
create function pg_temp.fold(text) returns text language sql immutable as $$
    select regexp_replace(lower(replace(replace(
               regexp_replace(normalize(btrim($1), NFD), '[\u0300-\u036f]+', '', 'g'), 'đ', 'd'), 'Đ', 'D')),
           '\s+', ' ', 'g')
$$;

-- A random element of an array.
create function pg_temp.pick(anyarray) returns anyelement language sql volatile as $$
    select $1[1 + floor(random() * cardinality($1))::int]
$$;
