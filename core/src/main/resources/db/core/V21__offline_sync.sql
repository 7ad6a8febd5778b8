-- Offline visits (issue 14). A tablet records visits without a network and sends them later; it may send a request
-- twice (the answer was lost, the tablet slept). Writes sent with an Idempotency-Key header are remembered here per
-- user: a resend of the same request answers the first answer and does nothing again; the same key with another
-- request is refused. A key is claimed (status null) before the work and completed with the answer after it; a claim
-- whose work failed is released (the row deleted), so the corrected request may use the key again. Rows older than
-- seven days are deleted as new ones arrive.
create table idempotent_request (
    username        varchar(64)  not null,
    idempotency_key varchar(100) not null,
    request_hash    varchar(64)  not null,
    status          integer,
    content_type    varchar(200),
    body            bytea,
    created_at      timestamptz  not null default now(),
    completed_at    timestamptz,
    constraint idempotent_request_key primary key (username, idempotency_key),
    constraint idempotent_request_key_text check (idempotency_key ~ '^[A-Za-z0-9_.:-]{8,100}$'),
    constraint idempotent_request_hash_hex check (request_hash ~ '^[0-9a-f]{64}$'),
    constraint idempotent_request_status check (status is null or status between 200 and 299),
    constraint idempotent_request_completion check ((status is null) = (completed_at is null)
                                                    and (status is null or body is not null))
);
create index idempotent_request_age on idempotent_request (created_at);

-- The key that wraps a user's offline data key on their tablets: handed to the signed-in user only, so what a
-- tablet stores can be read only after an online sign-in (the tablet keeps the data key wrapped when signed out).
create table offline_key (
    username    varchar(64) primary key,
    wrapping_key bytea      not null,
    created_at  timestamptz not null default now(),
    constraint offline_key_length check (octet_length(wrapping_key) = 32)
);
