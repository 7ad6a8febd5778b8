-- The numbered documents of a case: the record of violation gets its number (số biên bản) when it is drawn up, as
-- the sanction decision already did. Each keeps the issuing body and the officer as they were on that day, so a
-- reprint says what the signed paper said even after a department is renamed or the officer moves on. Decisions
-- issued before this version have a number without an issuer; their print leaves the issuer to be written in.
alter table violation_case
    add column record_number     varchar(80),
    add column record_issuer     varchar(200),
    add column record_officer    varchar(120),
    add column decision_issuer   varchar(200),
    add column decision_officer  varchar(120),
    alter column decision_number type varchar(80),
    add constraint violation_case_record_numbered check (
        (record_number is null) = (record_issuer is null) and (record_number is null) = (record_officer is null)),
    add constraint violation_case_decision_issuer check (
        decision_issuer is null or (decision_number is not null and decision_officer is not null));
