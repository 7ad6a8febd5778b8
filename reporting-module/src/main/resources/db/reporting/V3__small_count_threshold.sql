-- The small-count threshold, set by the administrator: victim counts from 1 to threshold - 1 are hidden from everyone
-- outside victim work. One row; 1 hides nothing, and more than 20 would hide most of a province's figures.
create table setting (
    id                     boolean     primary key default true check (id),
    small_count_threshold  integer     not null default 5 check (small_count_threshold between 1 and 20),
    version                bigint      not null default 0,
    updated_at             timestamptz not null default now(),
    updated_by             varchar(64) not null default 'system'
);
insert into setting default values;
