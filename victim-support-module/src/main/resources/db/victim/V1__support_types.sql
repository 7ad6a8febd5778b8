-- Victim support module. Identity data of victims will live here, encrypted; this first script holds the
-- reference table of support types of Art. 37, Law 53/2024/QH15 (letters a to k of the Vietnamese alphabet).

create table support_type (
    code        varchar(2)   primary key,
    position    integer      not null unique,
    name_vi     varchar(160) not null,
    name_en     varchar(160) not null,
    max_days    integer      check (max_days is null or max_days > 0),
    created_at  timestamptz  not null default now(),
    created_by  varchar(64)  not null default 'system'
);

insert into support_type (code, position, name_vi, name_en, max_days) values
    ('a', 1, 'Hỗ trợ nhu cầu thiết yếu (chỗ ở, ăn, đồ dùng cá nhân)', 'Essential needs (shelter, meals, daily items)', 120),
    ('b', 2, 'Hỗ trợ y tế', 'Medical support', null),
    ('c', 3, 'Hỗ trợ phiên dịch', 'Interpretation', null),
    ('d', 4, 'Hỗ trợ thông tin pháp luật', 'Legal information', null),
    ('đ', 5, 'Trợ giúp pháp lý', 'Legal aid', null),
    ('e', 6, 'Hỗ trợ chi phí đi lại', 'Travel costs', null),
    ('g', 7, 'Hỗ trợ tâm lý', 'Psychological support', null),
    ('h', 8, 'Hỗ trợ học văn hóa', 'General education', null),
    ('i', 9, 'Hỗ trợ học nghề, tìm việc làm', 'Vocational training and job help', null),
    ('k', 10, 'Trợ cấp khó khăn ban đầu, hỗ trợ vay vốn', 'Initial hardship allowance and loans', null);
