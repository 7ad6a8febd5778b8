-- The SHA-256 of each part of a record's content as last saved (vn.vigil.inspection.domain.PartDigest), and the
-- version of the record they were saved with. A save compares the digest of each part it is given with the stored
-- one and leaves an equal part alone: its rows are neither read nor written. On the record-a-visit load that spares
-- the reads and checks of the parts that did not change (the indicators, the people and the photos rarely change
-- between two saves).
-- The digests count only while digests_at_version is the record's version. A save that does not know them (a server
-- of the previous release during a rolling upgrade, a record loaded in bulk such as the national data set, anything
-- written before this migration) moves the version on without them, so they stop counting and the next save rewrites
-- every part and sets them again.
alter table visit_record
    add column answers_digest bytea,
    add column photos_digest bytea,
    add column indicators_digest bytea,
    add column people_digest bytea,
    add column findings_digest bytea,
    add column digests_at_version bigint;
alter table visit_record
    add constraint visit_record_digests check (
        coalesce(octet_length(answers_digest), 32) = 32
        and coalesce(octet_length(photos_digest), 32) = 32
        and coalesce(octet_length(indicators_digest), 32) = 32
        and coalesce(octet_length(people_digest), 32) = 32
        and coalesce(octet_length(findings_digest), 32) = 32
        and (digests_at_version is null or digests_at_version <= version));
