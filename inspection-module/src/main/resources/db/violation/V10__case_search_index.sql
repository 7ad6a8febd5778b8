-- The case list finds a violator by name without diacritics (as the establishment search does): a stored
-- folded copy of the violator's name, computed by the database (Vietnamese letters to their base letter, đ to d,
-- lower case, as Text.fold does for names already cleaned), and indexes for the list's filters and orders.
alter table violation_case add column violator_name_folded varchar(200) generated always as (
    lower(translate(violator_name,
        'ÀÁÂÃÈÉÊÌÍÎÒÓÔÕÙÚÛÝàáâãèéêìíîòóôõùúûýĂăĔĕĨĩĬĭŎŏŨũŬŭŶŷƠơƯưṌṍṸṹẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹĐđ',
        'aaaaeeeiiioooouuuyaaaaeeeiiioooouuuyaaeeiiiioouuuuyyoouuoouuaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyydd'))) stored;

create index violation_case_detected on violation_case (detected_on desc, id desc);
create index violation_case_status_due on violation_case (status, due_on, id);
create index violation_case_violator on violation_case (violator_name_folded);
