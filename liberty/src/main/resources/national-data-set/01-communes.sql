-- Commune-level units (xã, phường) for every province that has none in force yet; Đồng Nai keeps its 95 seeded
-- ones. Counts per province are those in force since 1 July 2025 (approximate, 3,321 nationally), wards first.
-- Names are generated ("Phường 3", "Xã Tân Lộc"), unique within a province; codes are <province>-Gnnn and
-- created_by is 'generator', so generated units are recognisable and never mistaken for the official register.
with target (code, communes, wards) as (
    values ('01', 126, 51), ('04', 56, 3), ('08', 124, 7), ('10', 99, 10), ('11', 45, 3), ('12', 38, 2),
           ('14', 75, 8), ('19', 92, 15), ('20', 65, 4), ('22', 54, 30), ('24', 99, 33), ('25', 148, 15),
           ('31', 114, 45), ('33', 104, 11), ('37', 129, 32), ('38', 166, 19), ('40', 130, 11), ('42', 69, 9),
           ('44', 78, 8), ('46', 40, 21), ('48', 94, 23), ('51', 96, 9), ('52', 135, 25), ('56', 65, 13),
           ('66', 102, 14), ('68', 124, 20), ('79', 168, 113), ('80', 96, 14), ('82', 102, 20), ('86', 124, 19),
           ('91', 102, 14), ('92', 103, 31), ('96', 64, 9), ('75', 95, 23)
),
first_part (p) as (
    select array['Tân', 'Phú', 'An', 'Bình', 'Long', 'Mỹ', 'Vĩnh', 'Hòa', 'Thạnh', 'Phước', 'Đông', 'Tây', 'Nam',
                 'Bắc', 'Hưng', 'Quảng', 'Thanh', 'Xuân', 'Đức', 'Trung']
),
second_part (s) as (
    select array['Lợi', 'Thành', 'Hiệp', 'Thuận', 'Lộc', 'Sơn', 'Điền', 'Tiến', 'Hải', 'Phong', 'Khánh', 'Nghĩa',
                 'Quang', 'Thịnh', 'Yên', 'Định', 'Lạc', 'Hội', 'Tường', 'Xương']
),
province as (
    select u.id, u.code, t.communes, t.wards
    from core.administrative_unit u
    join target t on t.code = u.code
    where u.level = 'PROVINCE' and u.valid_to is null
      and not exists (select 1 from core.administrative_unit c
                      where c.parent_id = u.id and c.level = 'COMMUNE' and c.valid_to is null)
),
unit as (
    select p.id as parent_id,
           p.code || '-G' || lpad(n::text, 3, '0') as code,
           case when n <= p.wards / 3 then 'Phường ' || n
                else case when n <= p.wards then 'Phường ' else 'Xã ' end
                     || f.p[1 + ((n * 7 + p.code::int) % 400) / 20] || ' ' || s.s[1 + ((n * 7 + p.code::int) % 400) % 20]
           end as name,
           case when n <= p.wards then 'PHUONG' else 'XA' end as kind
    from province p
    cross join first_part f
    cross join second_part s
    cross join lateral generate_series(1, p.communes) n
)
insert into core.administrative_unit (code, name, name_folded, level, kind, parent_id, valid_from,
                                      created_at, created_by, updated_at, updated_by)
select code, name, pg_temp.fold(name), 'COMMUNE', kind, parent_id, date '2025-07-01',
       now(), 'generator', now(), 'generator'
from unit;
