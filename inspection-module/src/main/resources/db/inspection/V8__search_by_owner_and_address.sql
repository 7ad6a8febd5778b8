-- The registry's search box finds an establishment by its trade name, its owner's name or its address (and by its
-- registration number exactly, through its unique index). The owner's name gets a folded copy that the database
-- computes itself (Vietnamese letters to their base letter, đ to d, lower case, as Text.fold does for a cleaned
-- name), and one trigram index covers the three folded texts as "name | owner | address". Terms of one or two
-- letters match the start of a word ("ng" finds "Nguyễn"), which the index's word-start trigrams ("  n", " ng")
-- serve; longer ones match anywhere. On the national data set (300,000 establishments) the column rewrites the
-- table (about 30 s on two busy cores) and the index takes about 20 s.
alter table establishment add column owner_name_folded varchar(120) generated always as (
    lower(translate(owner_name,
        'ÀÁÂÃÈÉÊÌÍÎÒÓÔÕÙÚÛÝàáâãèéêìíîòóôõùúûýĂăĔĕĨĩĬĭŎŏŨũŬŭŶŷƠơƯưṌṍṸṹẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹĐđ',
        'aaaaeeeiiioooouuuyaaaaeeeiiioooouuuyaaeeiiiioouuuuyyoouuoouuaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyydd'))) stored;

-- The trade name alone had its own trigram index (V2); the new one covers it.
do $$
begin
    if exists (select 1 from pg_extension where extname = 'pg_trgm') then
        create index establishment_search_trigram on establishment
            using gin ((name_folded || ' | ' || coalesce(owner_name_folded, '') || ' | ' || address_folded)
                       public.gin_trgm_ops);
        drop index if exists establishment_name_trigram;
    end if;
end
$$;
