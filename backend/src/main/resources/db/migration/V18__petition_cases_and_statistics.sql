-- Duplicates, repeats and long-standing cases (đơn trùng, đơn tồn đọng, kéo dài), and what the statistics count by.

-- The leadership body a petition is addressed to (Thường trực HĐND, Đoàn ĐBQH …): one office serves several bodies, and
-- each body reports its own figures (seed 000: the People's Council standing board 1,454, the NA delegation 831).
ALTER TABLE petition ADD COLUMN addressed_body_id uuid;
ALTER TABLE petition ADD CONSTRAINT petition_addressed_body FOREIGN KEY (jurisdiction_id, addressed_body_id) REFERENCES leadership_body (jurisdiction_id, id);

-- A case (vụ việc) groups the petitions on one matter, linked by a specialist.
CREATE TABLE petition_case (
    id              uuid PRIMARY KEY,
    jurisdiction_id uuid NOT NULL REFERENCES jurisdiction (id),
    office_id       uuid NOT NULL,
    title           text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 500),
    created_by      uuid NOT NULL REFERENCES app_user (id),
    created_at      timestamptz NOT NULL,
    FOREIGN KEY (jurisdiction_id, office_id) REFERENCES office (jurisdiction_id, id)
);
ALTER TABLE petition ADD COLUMN case_id uuid REFERENCES petition_case (id);
CREATE INDEX petition_case_members ON petition (case_id) WHERE case_id IS NOT NULL;

-- Blind indexes of a petitioner: keyed hashes (HMAC under the identity key) of the name without diacritics and of the
-- ID number, so the same petitioner is found again without anyone's identity being readable in the database.
ALTER TABLE petitioner ADD COLUMN name_fingerprint text, ADD COLUMN id_fingerprint text;
CREATE INDEX petitioner_name_fingerprint ON petitioner (name_fingerprint);
CREATE INDEX petitioner_id_fingerprint ON petitioner (id_fingerprint) WHERE id_fingerprint IS NOT NULL;

-- Statistics of a jurisdiction's period read one range of this index.
CREATE INDEX petition_statistics ON petition (jurisdiction_id, received_on)
    INCLUDE (office_id, addressed_body_id, kind, channel, status, eligible, first_due_on, handled_on, resolution_due_on, resolved_on, crowd);
