-- One row per day the daily digest was sent: the node that inserts the day sends it, any other node (or a second
-- run the same day) finds it taken and sends nothing, so nobody gets the same digest twice.
create table digest_run (
    day         date        primary key,
    claimed_at  timestamptz not null
);
