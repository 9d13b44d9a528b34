CREATE TABLE audit_event (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    jurisdiction_id uuid REFERENCES jurisdiction (id),
    occurred_at     timestamptz NOT NULL,
    actor_id        uuid,
    actor_kind      text NOT NULL CHECK (actor_kind IN ('PERSON', 'MACHINE', 'SYSTEM')),
    actor_name      text NOT NULL,
    action          text NOT NULL,
    entity_type     text NOT NULL,
    entity_id       text NOT NULL,
    changes         jsonb NOT NULL DEFAULT '{}'::jsonb,
    request_id      text
);
CREATE INDEX audit_event_entity ON audit_event (jurisdiction_id, entity_type, entity_id, occurred_at);
CREATE INDEX audit_event_time ON audit_event (jurisdiction_id, occurred_at);

-- A creating POST with an Idempotency-Key stores its response here in the same transaction as the
-- row it creates; the primary key makes concurrent retries wait for, then replay, the first.
CREATE TABLE idempotency_record (
    principal       text NOT NULL,
    idempotency_key text NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 200),
    operation       text NOT NULL,
    request_hash    text NOT NULL,
    response_status integer,
    response_body   text,
    created_at      timestamptz NOT NULL,
    PRIMARY KEY (principal, idempotency_key)
);
CREATE INDEX idempotency_record_created ON idempotency_record (created_at);

-- Human reference numbers (số .../năm) per office, series and year. Allocated by an upsert in the
-- caller's transaction, so a rolled-back creation gives its number back: no gaps, no duplicates.
CREATE TABLE reference_counter (
    office_id   uuid NOT NULL REFERENCES office (id),
    series      text NOT NULL CHECK (series ~ '^[A-Z0-9_-]{1,30}$'),
    year        integer NOT NULL CHECK (year BETWEEN 2000 AND 2200),
    last_value  integer NOT NULL CHECK (last_value > 0),
    PRIMARY KEY (office_id, series, year)
);
