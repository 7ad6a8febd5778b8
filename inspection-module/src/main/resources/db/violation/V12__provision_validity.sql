-- A sanctionable act is in force from its decree's entry into force until it is repealed or replaced: a case may
-- charge it only for a violation committed in that period, so a change of decree is new rows with new dates, and
-- a case about an older act still reads the act of its day.
alter table legal_provision
    add column valid_from  date,
    add column valid_until date;

update legal_provision set valid_from = case decree
        when '144/2021/NĐ-CP' then date '2022-01-01'
        when '12/2022/NĐ-CP'  then date '2022-01-17'
        when '38/2021/NĐ-CP'  then date '2021-06-01'
        else date '2022-01-01'
    end;

alter table legal_provision
    alter column valid_from set not null,
    add constraint legal_provision_validity check (valid_until is null or valid_from <= valid_until);
