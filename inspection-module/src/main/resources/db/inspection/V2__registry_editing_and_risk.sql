-- The registry's write side (licence validity, legal representative, phone, status reasons, folded address for
-- duplicate checks) and the inputs of the explained risk score, with the admin-maintained factor weights.

alter table establishment
    add column licence_valid_from    date,
    add column licence_valid_until   date,
    add column legal_representative  varchar(120),
    add column phone                 varchar(20),
    add column address_folded        varchar(300),
    add column status_reason         varchar(500),
    add column last_inspected_on     date,
    add column violation_points      integer not null default 0 check (violation_points >= 0),
    add column tip_count             integer not null default 0 check (tip_count >= 0),
    add column indicator_count       integer not null default 0 check (indicator_count >= 0),
    add constraint establishment_licence_period
        check (licence_valid_from is null or licence_valid_until is null or licence_valid_from <= licence_valid_until),
    add constraint establishment_gps_pair check ((latitude is null) = (longitude is null));

-- Rows written before this script: fold their address the way Text.fold does (lower case, no Vietnamese marks).
update establishment
   set address_folded = regexp_replace(
           translate(lower(address),
                     'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ',
                     'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd'),
           '\s+', ' ', 'g');
alter table establishment alter column address_folded set not null;

-- One index for every filter and sort of the list (sorted by risk, then id).
create index establishment_commune_risk on establishment (commune_id, risk_score desc, id);
create index establishment_status_risk on establishment (status, risk_score desc, id);
create index establishment_last_inspected on establishment (last_inspected_on, id);
create index establishment_duplicate_name_address on establishment (name_folded, address_folded);

-- Substring search on the folded name: a trigram index where pg_trgm is available, a pattern index otherwise.
do $$
begin
    if exists (select 1 from pg_available_extensions where name = 'pg_trgm') then
        create extension if not exists pg_trgm schema public;
        create index establishment_name_trigram on establishment using gin (name_folded public.gin_trgm_ops);
    else
        create index establishment_name_pattern on establishment (name_folded text_pattern_ops);
    end if;
end
$$;

-- Each factor adds up to "weight" points; a count reaches the full weight at "saturation" (for the business line,
-- saturation is 100: the line's own risk weight is the value).
create table risk_factor_weight (
    factor      varchar(32) primary key
                check (factor in ('BUSINESS_LINE', 'VIOLATIONS', 'TIPS', 'INDICATORS', 'INSPECTION_GAP')),
    weight      integer     not null check (weight between 0 and 100),
    saturation  integer     not null check (saturation between 1 and 1000),
    check (factor <> 'BUSINESS_LINE' or saturation = 100),
    version     bigint      not null default 0,
    created_at  timestamptz not null default now(),
    created_by  varchar(64) not null default 'system',
    updated_at  timestamptz not null default now(),
    updated_by  varchar(64) not null default 'system'
);

insert into risk_factor_weight (factor, weight, saturation) values
    ('BUSINESS_LINE', 40, 100),
    ('VIOLATIONS', 20, 10),
    ('TIPS', 15, 5),
    ('INDICATORS', 15, 3),
    ('INSPECTION_GAP', 10, 24);
