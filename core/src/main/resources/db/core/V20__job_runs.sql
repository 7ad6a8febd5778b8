-- Work that must happen once per occurrence whichever server does it (the daily digest of a day, the nightly risk
-- recompute of a day): the server that inserts or takes over the occurrence's row does it, under a lease it renews
-- while it works. A server that dies leaves its lease to run out, and another server takes the occurrence over; a
-- finished occurrence is never done again. attempts counts the servers that took it; after a few failed attempts
-- nobody takes it again, and the failure stays for the administrator to read.
create table job_run (
    job         text        not null,
    occurrence  text        not null,
    claimed_by  text        not null,
    claimed_at  timestamptz not null,
    lease_until timestamptz not null,
    attempts    integer     not null default 1 check (attempts >= 1),
    finished_at timestamptz,
    failure     text,
    primary key (job, occurrence)
);

-- the days the digest was sent before, as finished occurrences of the same job
insert into job_run (job, occurrence, claimed_by, claimed_at, lease_until, finished_at)
select 'daily-digest', to_char(day, 'YYYY-MM-DD'), 'digest_run', claimed_at, claimed_at, claimed_at
from digest_run;

-- the old ledger stays readable, as a view of the digest's finished days
drop table digest_run;
create view digest_run as
select to_date(occurrence, 'YYYY-MM-DD') as day, claimed_at
from job_run
where job = 'daily-digest' and finished_at is not null;
