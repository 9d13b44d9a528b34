-- Last run of each scheduled job; the job itself is serialised across replicas by an advisory lock.
CREATE TABLE job_run (
    job_name        text PRIMARY KEY,
    last_started_at timestamptz NOT NULL,
    last_finished_at timestamptz,
    last_status     text NOT NULL CHECK (last_status IN ('RUNNING', 'SUCCEEDED', 'FAILED')),
    last_message    text,
    run_count       bigint NOT NULL DEFAULT 0,
    last_run_by     text NOT NULL
);

CREATE TABLE attachment (
    id              uuid PRIMARY KEY,
    jurisdiction_id uuid NOT NULL REFERENCES jurisdiction (id),
    office_id       uuid,
    unit_id         uuid,
    file_name       text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    content_type    text NOT NULL,
    size_bytes      bigint NOT NULL CHECK (size_bytes > 0),
    sha256          text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    storage_key     text NOT NULL UNIQUE,
    uploaded_by     uuid NOT NULL REFERENCES app_user (id),
    created_at      timestamptz NOT NULL,
    FOREIGN KEY (jurisdiction_id, office_id) REFERENCES office (jurisdiction_id, id),
    FOREIGN KEY (jurisdiction_id, unit_id) REFERENCES unit (jurisdiction_id, id),
    CHECK (num_nonnulls(office_id, unit_id) = 1)
);
