-- The working-day calendar of WorkingDays as SQL, for checks over stored rows that must count statutory periods as
-- the application does (the invariant views): a day in the holiday table is a working day only if it is a make-up
-- working day; any other day is one from Monday to Friday. Periods are counted from the day after the start.
-- WorkingDayFunctionsTest keeps these equal to WorkingDays.

create function core.is_working_day(day date) returns boolean language sql stable as $$
    select coalesce((select h.kind = 'MAKE_UP_WORKING_DAY' from core.holiday h where h.day = $1),
                    extract(isodow from $1) < 6)
$$;

-- The working day n working days after start (start itself for n <= 0). It looks 2n + 60 days ahead, far beyond
-- any run of days off a calendar has (Tết is nine days); past that it answers null.
create function core.add_working_days(start date, n integer) returns date language sql stable as $$
    select case when $2 <= 0 then $1 else (
        select $1 + i
        from generate_series(1, 2 * $2 + 60) i
        left join core.holiday h on h.day = $1 + i
        where coalesce(h.kind = 'MAKE_UP_WORKING_DAY', extract(isodow from $1 + i) < 6)
        order by i
        offset $2 - 1 limit 1) end
$$;

-- The day itself when it is a working day, else the next working day (within 60 days, else null).
create function core.next_working_day(day date) returns date language sql stable as $$
    select $1 + i
    from generate_series(0, 60) i
    left join core.holiday h on h.day = $1 + i
    where coalesce(h.kind = 'MAKE_UP_WORKING_DAY', extract(isodow from $1 + i) < 6)
    order by i
    limit 1
$$;
