-- Visit records (biên bản) as recording and signing off makes them: every generated visit in progress has the record
-- begun when it started (the six trafficking indicators, none observed yet), every signed-off one the record its
-- team lead signed when the visit ended. A record keeps the checklist version in force when it began, so records of
-- visits before their line's checklist was published have none (on a freshly migrated database: all of them); the
-- others answer every required item, photo items with the visit's evidence. The outcome agrees with the cases:
-- a visit that opened a violation case (05) found a violation; about one visit in two hundred, more often at riskier
-- lines, observed a trafficking indicator (signs of crime), which also counts on its establishment's record and goes
-- to the case workers (the referrals are in 07); the rest found none, some with a remark. People present and
-- evidence photos (a small JPEG named after the camera's clock, handed in on site by a member of the team) go with
-- the visits that found something and with a few others. The events the sign-offs wrote are in the outbox,
-- published.

-- Fresh planner statistics for the tables loaded so far (the visits' copy got its own in 04): without them the
-- planner takes the millions of rows for the few it last saw and joins them by nested loops (measured: over 20
-- minutes for the records below at national size, instead of seconds).
analyze inspection.establishment, violation.violation_case;

-- The checklist version in force over time for each business line: a version from its publication until the next.
create temp table gen_checklist on commit drop as
select t.business_line_id, v.id as version_id, v.published_at as valid_from,
       lead(v.published_at) over (partition by t.id order by v.number) as valid_until
from inspection.checklist_template t
join inspection.checklist_version v on v.template_id = t.id and v.status = 'PUBLISHED';

-- The records, numbered in the order the visits started, with what each found: the violation of its case, a
-- trafficking indicator observed (the one a team is likeliest to meet at that line), a remark.
create temp table gen_rec on commit drop as
select nextval(pg_get_serial_sequence('inspection.visit_record', 'id')) as id, f.*,
       case when not f.signed then null when f.violation then 'VIOLATIONS_FOUND'
            when f.indicator is not null then 'SIGNS_OF_CRIME' else 'NO_VIOLATION' end as outcome,
       case when not f.signed then 0 when f.violation then 1 + (f.r_remark < 0.3)::int
            when f.indicator is not null or f.r_remark < 0.15 then 1 else 0 end as findings
from (select r.*,
             case when r.signed and r.r_observed < case r.line_code
                      when 'MASSAGE' then 0.012 when 'KARAOKE' then 0.008 when 'DISCOTHEQUE' then 0.010
                      when 'LABOUR_EXPORT' then 0.015 when 'MARRIAGE_BROKERAGE' then 0.015
                      when 'ACCOMMODATION' then 0.004 else 0.002 end
                  then case r.line_code
                      when 'MASSAGE' then 'SEXUAL_EXPLOITATION' when 'KARAOKE' then 'SEXUAL_EXPLOITATION'
                      when 'DIM_CAFE' then 'SEXUAL_EXPLOITATION' when 'BARBER' then 'SEXUAL_EXPLOITATION'
                      when 'DISCOTHEQUE' then 'MINORS_PRESENT' when 'ACCOMMODATION' then 'MINORS_PRESENT'
                      when 'RESTAURANT' then 'DEBT_BONDAGE' when 'LABOUR_EXPORT' then 'DECEPTIVE_RECRUITMENT_ABROAD'
                      else 'WITHHELD_DOCUMENTS' end end as indicator
      from (select v.id as visit_id, v.establishment_id, v.team_id, v.status = 'SIGNED_OFF' as signed, v.starts_at,
                   v.ends_at, l.code as line_code,
                   coalesce(e.owner_name, e.legal_representative, e.name) as owner_name, u.username as lead,
                   cl.version_id as checklist_version_id, c.id is not null as violation,
                   random() as r_observed, random() as r_remark, random() as r_people, random() as r_evidence
            from gen_visit_row v
            join inspection.establishment e on e.id = v.establishment_id
            join inspection.business_line l on l.id = e.business_line_id
            join inspection.inspection_team t on t.id = v.team_id
            join core.user_account u on u.id = t.lead_user_id
            left join violation.violation_case c on c.visit_id = v.id
            left join gen_checklist cl
                   on cl.business_line_id = e.business_line_id and cl.valid_from <= v.starts_at
                  and (cl.valid_until is null or v.starts_at < cl.valid_until)
            where v.status in ('IN_PROGRESS', 'SIGNED_OFF')
            order by v.id) r) f;
alter table gen_rec add primary key (id);
analyze gen_rec;

insert into inspection.visit_record (id, visit_id, establishment_id, checklist_version_id, outcome, signed_off_at,
                                     signed_off_by, version, created_at, created_by, updated_at, updated_by)
select id, visit_id, establishment_id, checklist_version_id, outcome,
       case when signed then ends_at end, case when signed then lead end, case when signed then 2 else 0 end,
       starts_at, lead, case when signed then ends_at else starts_at end, lead
from gen_rec
order by id;

-- The records' parts in bulk: the triggers that keep a signed-off record final refuse any part added to one, and
-- these records are written whole, as the application saves their content before the lead signs; they are off for
-- the load only (this transaction), as the ledger's check is in 08.
alter table inspection.visit_record_indicator disable trigger visit_record_indicator_immutable;
alter table inspection.visit_record_finding disable trigger visit_record_finding_immutable;
alter table inspection.visit_record_person disable trigger visit_record_person_immutable;
alter table inspection.visit_record_answer disable trigger visit_record_answer_immutable;
alter table inspection.visit_record_photo disable trigger visit_record_photo_immutable;

-- The six indicators of every record, in their order; an observed one with the team's note.
insert into inspection.visit_record_indicator (record_id, position, indicator, observed, note)
select r.id, i.position, i.indicator, i.indicator is not distinct from r.indicator,
       case when i.indicator = r.indicator then case i.indicator
           when 'SEXUAL_EXPLOITATION' then 'Nhân viên nữ có biểu hiện bị ép buộc phục vụ khách, không được tự do đi lại'
           when 'MINORS_PRESENT' then 'Phát hiện người chưa thành niên phục vụ hoặc ở cùng khách, không có giấy tờ tùy thân'
           when 'DEBT_BONDAGE' then 'Người lao động khai phải làm việc để trả nợ tiền môi giới, bị giữ lương'
           when 'DECEPTIVE_RECRUITMENT_ABROAD'
               then 'Tuyển người đi làm việc ở nước ngoài với lời hứa "việc nhẹ, lương cao", không có hợp đồng'
           else 'Chủ cơ sở giữ hộ chiếu, căn cước của người lao động' end end
from gen_rec r
cross join (values (0, 'WITHHELD_DOCUMENTS'), (1, 'DEBT_BONDAGE'), (2, 'MINORS_PRESENT'), (3, 'NOT_FREE_TO_LEAVE'),
                   (4, 'DECEPTIVE_RECRUITMENT_ABROAD'), (5, 'SEXUAL_EXPLOITATION')) i (position, indicator)
order by r.id, i.position;

-- Findings: the violation a case was opened for (and now and then a remark), the signs of crime, or a remark.
insert into inspection.visit_record_finding (record_id, position, text, item_id, violation, reinspect_by)
select r.id, f.position,
       case when r.violation and f.position = 0 then case r.line_code
                when 'ACCOMMODATION' then pg_temp.pick(array[
                    'Không thông báo lưu trú cho Công an cấp xã đối với khách lưu trú qua đêm',
                    'Không kiểm tra giấy tờ tùy thân của khách khi nhận lưu trú'])
                when 'KARAOKE' then pg_temp.pick(array['Hoạt động karaoke sau 24 giờ',
                    'Phòng hát có lắp khóa, chốt cửa bên trong'])
                when 'DISCOTHEQUE' then pg_temp.pick(array['Để người dưới 18 tuổi vào vũ trường',
                    'Hoạt động sau 02 giờ sáng'])
                when 'MASSAGE' then pg_temp.pick(array['Phòng xoa bóp có khóa, chốt bên trong',
                    'Nhân viên không có giấy khám sức khỏe, không đeo biển tên'])
                when 'LABOUR_EXPORT' then pg_temp.pick(array[
                    'Thu tiền dịch vụ của người lao động vượt mức trần quy định',
                    'Quảng cáo tuyển lao động đi làm việc ở nước ngoài không trung thực'])
                else 'Có dấu hiệu hoạt động mại dâm tại cơ sở' end
            when r.indicator is not null and not r.violation
                then 'Phát hiện dấu hiệu mua bán người, đã ghi lời khai và chuyển thông tin cho cơ quan Công an'
            else pg_temp.pick(array['Đề nghị cơ sở cập nhật đầy đủ danh sách người lao động',
                'Nhắc nhở cơ sở niêm yết nội quy ở nơi dễ thấy',
                'Đề nghị ký hợp đồng lao động bằng văn bản với người lao động mới',
                'Nhắc nhở bảo đảm lối thoát nạn và phương tiện phòng cháy, chữa cháy']) end,
       null, r.violation and f.position = 0, null
from gen_rec r
cross join lateral generate_series(0, r.findings - 1) f (position)
where r.findings > 0
order by r.id, f.position;

-- People present: the owner at visits that found something and at a third of the others (interviewed when there
-- was something to say), and a worker the team heard where it saw signs of trafficking.
insert into inspection.visit_record_person (record_id, position, full_name, role, id_document, interviewed, statement)
select r.id, p.position, p.full_name, p.role, null, p.statement is not null, p.statement
from gen_rec r
cross join lateral (
    select 0 as position, r.owner_name as full_name, 'OWNER' as role,
           case when r.violation then 'Thừa nhận nội dung vi phạm đã ghi nhận, cam kết khắc phục'
                when r.findings > 0 then 'Ghi nhận ý kiến của đoàn kiểm tra, cam kết thực hiện' end as statement
    where r.findings > 0 or r.r_people < 0.33
    union all
    select 1, pg_temp.pick(array['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ', 'Đặng', 'Bùi']) || ' Thị '
              || pg_temp.pick(array['Hoa', 'Lan', 'Mai', 'Ngọc', 'Thảo', 'Trang', 'Vy', 'Yến']),
           'WORKER', 'Trình bày hoàn cảnh làm việc tại cơ sở; lời khai được ghi nhận riêng'
    where r.indicator is not null) p
where r.signed and (r.findings > 0 or r.r_people < 0.33)
order by r.id, p.position;

-- The crew of each generated team (its members go on its visits), to hand evidence in.
create temp table gen_crew on commit drop as
select m.team_id, (row_number() over (partition by m.team_id order by m.user_id) - 1)::int as n,
       count(*) over (partition by m.team_id) as members, u.username
from inspection.inspection_team_member m
join core.user_account u on u.id = m.user_id
where m.team_id in (select distinct team_id from gen_rec);

-- Evidence: a photo for each photo item of a record's checklist (the required ones, and the optional ones at
-- visits that found something), and, for records without a checklist, one to three photos at visits that found
-- something and one at one visit in twenty others. Handed in during the visit, before the sign-off.
create temp table gen_photo on commit drop as
select nextval(pg_get_serial_sequence('inspection.visit_evidence', 'id')) as id, x.*
from (select r.id as record_id, r.visit_id, r.team_id, r.starts_at, e.k, e.item_id, e.item_position
      from gen_rec r
      cross join lateral (
          select (row_number() over (order by i.position))::int as k, i.id as item_id, i.position as item_position
          from inspection.checklist_item i
          where i.version_id = r.checklist_version_id and i.answer_type = 'PHOTO'
            and (i.required or r.findings > 0)
          union all
          select k, null, null
          from generate_series(1, case when r.findings > 0 then 1 + floor(r.r_evidence * 3)::int
                                       when r.r_evidence < 0.05 then 1 else 0 end) k
          where r.checklist_version_id is null) e
      where r.signed and (r.checklist_version_id is not null or r.findings > 0 or r.r_evidence < 0.05)
      order by r.id, e.k) x;

alter table gen_photo add column uploaded_at timestamptz, add column captured_at timestamptz,
    add column uploaded_by varchar(64), add column content bytea;
update gen_photo p set
    uploaded_at = p.starts_at + make_interval(mins => 15 + 25 * least(p.k, 4) + floor(random() * 10)::int),
    uploaded_by = c.username
from gen_crew c
where c.team_id = p.team_id and c.n = (p.visit_id + p.k) % c.members;
-- An 8×8 grey baseline JPEG whose comment segment names the visit and the photo, so no two files are alike.
update gen_photo set
    captured_at = uploaded_at - make_interval(mins => 1 + floor(random() * 9)::int),
    content = '\xffd8fffe'::bytea || int2send((2 + length('Vigil ' || visit_id || '-' || k))::int2)
              || convert_to('Vigil ' || visit_id || '-' || k, 'UTF8')
              || ('\xffdb004300' || repeat('01', 64) || 'ffc0000b080008000801011100'
                  || 'ffc40014000100000000000000000000000000000000'
                  || 'ffc40014100100000000000000000000000000000000'
                  || 'ffda0008010100003f003fffd9')::bytea;

insert into inspection.visit_evidence (id, visit_id, file_name, content_type, size, sha256, content, captured_at,
                                       uploaded_at, uploaded_by, after_sign_off)
select id, visit_id, 'IMG_' || to_char(captured_at at time zone 'Asia/Ho_Chi_Minh', 'YYYYMMDD_HH24MISS') || '.jpg',
       'image/jpeg', octet_length(content), encode(sha256(content), 'hex'), content, captured_at, uploaded_at,
       uploaded_by, false
from gen_photo
order by id;

-- Answers of the records with a checklist: every required item, and the yes/no and number ones at visits that
-- found something (yes: as the questions are put, the establishment complies; counts found on site); photos from
-- the evidence.
insert into inspection.visit_record_answer (record_id, position, item_id, yes_no, number_value, text_value)
select r.id, (row_number() over (partition by r.id order by i.position) - 1)::int, i.id,
       case when i.answer_type = 'YES_NO' then true end,
       case when i.answer_type = 'NUMBER' then floor(random() * 25) end,
       case when i.answer_type = 'TEXT' then 'Không có ghi nhận khác' end
from gen_rec r
join inspection.checklist_item i on i.version_id = r.checklist_version_id and i.answer_type <> 'PHOTO'
where r.signed and (i.required or (r.findings > 0 and i.answer_type <> 'TEXT'))
order by r.id, i.position;

insert into inspection.visit_record_photo (record_id, position, item_id, evidence_id)
select record_id, (row_number() over (partition by record_id order by item_position) - 1)::int, item_id, id
from gen_photo
where item_id is not null
order by record_id, item_position;

alter table inspection.visit_record_indicator enable trigger visit_record_indicator_immutable;
alter table inspection.visit_record_finding enable trigger visit_record_finding_immutable;
alter table inspection.visit_record_person enable trigger visit_record_person_immutable;
alter table inspection.visit_record_answer enable trigger visit_record_answer_immutable;
alter table inspection.visit_record_photo enable trigger visit_record_photo_immutable;

-- A sign-off that observed indicators counts on the establishment's record (as noteInspection does).
update inspection.establishment e set indicator_count = e.indicator_count + o.seen, version = e.version + o.seen
from (select establishment_id, count(*)::int as seen from gen_rec where indicator is not null group by 1) o
where o.establishment_id = e.id;

-- The events the sign-offs wrote, published at once: violations found (the case of 05 opened from it, as of the
-- sign-off) and trafficking indicators seen (the referral of 07).
insert into inspection.outbox_event (type, visit_id, establishment_id, created_at, published_at)
select e.type, r.visit_id, r.establishment_id, r.ends_at, r.ends_at
from gen_rec r
cross join lateral (values ('VisitViolationsFound', r.violation),
                           ('TraffickingIndicatorsSeen', r.indicator is not null)) e (type, happened)
where r.signed and e.happened
order by r.ends_at, r.visit_id, e.type;
