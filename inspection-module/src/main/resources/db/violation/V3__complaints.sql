-- A complaint (khiếu nại) against the sanction decision, tracked to its outcome. It suspends the decision only when
-- the competent person decides so.
alter table violation_case
    add column complaint_filed_on   date,
    add column complaint_summary    varchar(1000),
    add column complaint_suspends   boolean not null default false,
    add column complaint_outcome    varchar(16) check (complaint_outcome in ('UPHELD', 'PARTLY_UPHELD', 'REJECTED')),
    add column complaint_decided_on date,
    add constraint violation_case_complaint check (
        (complaint_filed_on is null and complaint_outcome is null and not complaint_suspends)
        or (complaint_filed_on is not null and complaint_summary is not null
            and (complaint_outcome is null) = (complaint_decided_on is null)));
