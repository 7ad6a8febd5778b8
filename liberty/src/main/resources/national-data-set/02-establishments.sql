-- Establishments over every commune in force, skewed to the cities: a ward weighs eight communes, the big cities'
-- units weigh more again, and every unit gets a random spread. Counts per unit telescope (floor of the running
-- share), so they add up to exactly vigil.establishments.
create temp table gen_commune on commit drop as
select c.id, c.name, p.name as province_name, p.code as province_code,
       round(((case when c.kind = 'PHUONG' then 8 else 1 end) * coalesce(f.factor, 1.0)
              * (0.4 + random()))::numeric, 6) as weight
from core.administrative_unit c
join core.administrative_unit p on p.id = c.parent_id
left join (values ('79', 2.2), ('01', 1.9), ('48', 1.5), ('31', 1.4), ('92', 1.3), ('22', 1.3), ('56', 1.3),
                  ('75', 1.2), ('24', 1.2)) f (code, factor) on f.code = p.code
where c.level = 'COMMUNE' and c.valid_to is null and p.valid_to is null;

create temp table gen_commune_count on commit drop as
select id, name, province_name, province_code,
       (floor(current_setting('vigil.establishments')::numeric * running / total)
        - floor(current_setting('vigil.establishments')::numeric * (running - weight) / total))::int as establishments
from (select *, sum(weight) over (order by id) as running, sum(weight) over () as total from gen_commune) w;

-- Business line mix (per cent): accommodation 24, karaoke 14, discotheque 4, massage 11, barber 16, dim café 9,
-- restaurant 18, labour export 3, marriage brokerage 1.
create temp table gen_establishment on commit drop as
select row_number() over () as serial, c.id as commune_id, c.name as commune_name, c.province_name,
       c.province_code, l.id as business_line_id, l.code as line_code, l.risk_weight, x.r_status
from gen_commune_count c
cross join lateral generate_series(1, c.establishments) n
cross join lateral (select random() + 0 * n as r_line, random() + 0 * n as r_status) x
join inspection.business_line l on l.code = case
    when x.r_line < 0.24 then 'ACCOMMODATION'
    when x.r_line < 0.38 then 'KARAOKE'
    when x.r_line < 0.42 then 'DISCOTHEQUE'
    when x.r_line < 0.53 then 'MASSAGE'
    when x.r_line < 0.69 then 'BARBER'
    when x.r_line < 0.78 then 'DIM_CAFE'
    when x.r_line < 0.96 then 'RESTAURANT'
    when x.r_line < 0.99 then 'LABOUR_EXPORT'
    else 'MARRIAGE_BROKERAGE' end;

insert into inspection.establishment (name, name_folded, business_line_id, registration_no, owner_name,
    legal_representative, phone, address, address_folded, commune_id, status, status_reason,
    violation_points, tip_count, indicator_count, licence_valid_from, licence_valid_until,
    created_at, created_by, updated_at, updated_by)
select name, pg_temp.fold(name), business_line_id, registration_no, owner, owner, phone, address,
       pg_temp.fold(address), commune_id, status,
       case status when 'SUSPENDED' then 'Tạm ngừng kinh doanh theo quyết định của cơ quan có thẩm quyền'
                   when 'CLOSED' then 'Chấm dứt hoạt động, đã thông báo cho Công an xã' end,
       -- riskier lines have more violations, tips and trafficking indicators on record
       case when random() < 0.10 + risk_weight / 400.0 then 1 + floor(random() ^ 2 * 14)::int else 0 end,
       case when random() < 0.04 + risk_weight / 800.0 then 1 + floor(random() * 6)::int else 0 end,
       case when random() < risk_weight / 1500.0 then 1 + floor(random() * 4)::int else 0 end,
       licensed, licensed + 365 * 5,
       now(), 'generator', now(), 'generator'
from (
    select e.*,
           pg_temp.pick(case e.line_code
               when 'ACCOMMODATION' then array['Khách sạn', 'Nhà nghỉ', 'Nhà trọ', 'Căn hộ dịch vụ', 'Homestay']
               when 'KARAOKE' then array['Karaoke', 'Karaoke gia đình']
               when 'DISCOTHEQUE' then array['Quán bar', 'Vũ trường', 'Lounge', 'Pub']
               when 'MASSAGE' then array['Massage', 'Spa & Xông hơi', 'Thẩm mỹ viện', 'Massage chân']
               when 'BARBER' then array['Tiệm cắt tóc gội đầu', 'Salon tóc', 'Gội đầu dưỡng sinh']
               when 'DIM_CAFE' then array['Cà phê', 'Cafe võng', 'Cà phê sân vườn']
               when 'RESTAURANT' then array['Nhà hàng', 'Quán nhậu', 'Quán ăn', 'Bia hơi']
               when 'LABOUR_EXPORT' then array['Công ty TNHH Xuất khẩu lao động', 'Công ty CP Cung ứng nhân lực']
               else array['Trung tâm tư vấn hôn nhân', 'Văn phòng môi giới hôn nhân'] end)
           || ' ' || pg_temp.pick(array['Hoàng Gia', 'Phương Nam', 'Thiên Đường', 'Ánh Dương', 'Hồng Nhung',
               'Sao Mai', 'Bình Minh', 'Kim Long', 'Thanh Thủy', 'Đông Á', 'Minh Châu', 'Hải Đăng', 'Lan Anh',
               'Ngọc Trâm', 'Như Ý', 'Phú Quý', 'Tân Thế Giới', 'Mỹ Linh', 'Trúc Xanh', 'Hương Sen', 'Hoa Mai',
               'Phương Đông', 'Thành Đạt', 'Cát Tường', 'Vạn Phát', 'Hồng Phúc', 'Ngọc Lan', 'Bảo Ngọc',
               'Sông Hồng', 'Cửu Long', 'Trường Sơn', 'Hạ Long'])
           || case when random() < 0.3 then ' ' || (2 + floor(random() * 8)::int) else '' end as name,
           e.province_code || '9' || lpad(e.serial::text, 7, '0') as registration_no,
           pg_temp.pick(array['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ',
               'Ngô', 'Dương', 'Lý']) || ' '
           || pg_temp.pick(array['Văn', 'Thị', 'Minh', 'Thanh', 'Hữu', 'Ngọc', 'Quốc', 'Thị Kim', 'Đức', 'Xuân'])
           || ' ' || pg_temp.pick(array['An', 'Bình', 'Cường', 'Dũng', 'Hạnh', 'Hoa', 'Hùng', 'Khánh', 'Lan',
               'Long', 'Mai', 'Nam', 'Phúc', 'Quang', 'Sơn', 'Tâm', 'Thảo', 'Trang', 'Tuấn', 'Vy', 'Hà', 'Linh'])
               as owner,
           '09' || lpad(floor(random() * 100000000)::text, 8, '0') as phone,
           'Số ' || (1 + floor(random() * 480)::int) || ', đường '
           || pg_temp.pick(array['Trần Hưng Đạo', 'Lê Lợi', 'Nguyễn Huệ', 'Hùng Vương', 'Lê Duẩn', 'Quốc lộ 1A',
               'Hai Bà Trưng', 'Nguyễn Trãi', 'Cách Mạng Tháng Tám', 'Điện Biên Phủ', 'Lý Thường Kiệt',
               'Phan Chu Trinh', 'Võ Thị Sáu', 'Ngô Quyền', 'Trần Phú', 'Nguyễn Văn Cừ', 'Tỉnh lộ 8', 'Tỉnh lộ 10'])
           || ', ' || e.commune_name || ', ' || e.province_name as address,
           case when e.r_status < 0.94 then 'OPERATING' when e.r_status < 0.98 then 'SUSPENDED' else 'CLOSED' end
               as status,
           current_setting('vigil.today')::date - (30 + floor(random() * 3000)::int) as licensed
    from gen_establishment e
) named
order by serial;
