-- A change to a part of a record (an answer, a photo, an indicator, a person, a finding) is refused when the record
-- it belongs to, or belonged to before the change, is signed off. The check looked the record up twice for every
-- updated row, once as the new row's record and once as the old row's, although an update almost never moves a row to
-- another record. Saving a record updates several answer rows, so it now looks the old record up only when the row
-- moves.
create or replace function refuse_signed_record_part_change() returns trigger language plpgsql as $$
declare
    target bigint := case when tg_op = 'DELETE' then old.record_id else new.record_id end;
begin
    if exists (select 1 from inspection.visit_record r where r.id = target and r.signed_off_at is not null)
       or (tg_op = 'UPDATE' and old.record_id <> new.record_id
           and exists (select 1 from inspection.visit_record r where r.id = old.record_id and r.signed_off_at is not null)) then
        raise exception 'visit record % is signed off and cannot be changed', target using errcode = 'P0001';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;
