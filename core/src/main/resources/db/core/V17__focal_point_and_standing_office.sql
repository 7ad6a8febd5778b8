-- Two roles for the committee's directives (Công văn, Kế hoạch…): the standing office (Văn phòng thường trực, at the
-- provincial police) issues them and approves the figures units report; each member department and commune People's
-- Committee names a focal point (đầu mối) who answers its tasks. A commune's focal point belongs to a department of
-- kind COMMUNE (the commune People's Committee as a unit of the committee).
alter table user_role drop constraint user_role_role_check;
alter table user_role add constraint user_role_role_check check (role in ('INSPECTOR', 'TEAM_LEAD', 'LEGAL_OFFICER',
    'CASE_WORKER', 'FINANCE_OFFICER', 'COMMITTEE_VIEWER', 'ADMIN', 'FOCAL_POINT', 'STANDING_OFFICE'));
alter table api_token_role drop constraint api_token_role_role_check;
alter table api_token_role add constraint api_token_role_role_check check (role in ('INSPECTOR', 'TEAM_LEAD',
    'LEGAL_OFFICER', 'CASE_WORKER', 'FINANCE_OFFICER', 'COMMITTEE_VIEWER', 'ADMIN', 'FOCAL_POINT', 'STANDING_OFFICE'));
