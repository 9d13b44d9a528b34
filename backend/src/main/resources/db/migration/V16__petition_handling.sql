-- Handling a petition (xử lý đơn): the classification within the statutory time, one outcome — accept for resolution
-- (thụ lý), forward to the competent authority with a forwarding letter (chuyển đơn), guide the petitioner with a reply
-- letter (hướng dẫn), or file it with a reason (lưu đơn) — the handling documents issued, the receiving authority's
-- reply, the units asked to verify and report, and the statutory due dates.

ALTER TABLE petition
    ADD COLUMN eligible          boolean,
    ADD COLUMN ineligible_reason text CHECK (ineligible_reason IN ('ANONYMOUS', 'UNCLEAR', 'ALREADY_RESOLVED', 'OUTSIDE_COMPETENCE', 'SKIPS_LEVEL', 'WITHDRAWN', 'OTHER')),
    ADD COLUMN classification_note text CHECK (classification_note IS NULL OR length(classification_note) <= 2000),
    ADD COLUMN complexity        text NOT NULL DEFAULT 'NORMAL' CHECK (complexity IN ('NORMAL', 'COMPLEX', 'ESPECIALLY_COMPLEX')),
    ADD COLUMN remote_area       boolean NOT NULL DEFAULT false,
    ADD COLUMN round             text CHECK (round IN ('FIRST', 'SECOND')),
    ADD COLUMN classified_at     timestamptz,
    ADD COLUMN classified_by     uuid REFERENCES app_user (id),
    -- the first statutory step (classify and handle / accept or refuse) and, once accepted, the resolution
    ADD COLUMN first_due_on      date,
    ADD COLUMN first_due_rule    text,
    ADD COLUMN resolution_due_on date,
    ADD COLUMN resolution_max_on date,
    ADD COLUMN resolution_due_rule text,
    ADD COLUMN handled_on        date,
    ADD COLUMN resolved_on       date,
    ADD COLUMN outcome_note      text CHECK (outcome_note IS NULL OR length(outcome_note) <= 4000),
    ADD COLUMN reminded_on       date,
    ADD CONSTRAINT petition_classified CHECK (eligible IS NULL OR classified_at IS NOT NULL),
    ADD CONSTRAINT petition_ineligible_reason CHECK ((eligible IS DISTINCT FROM false) OR ineligible_reason IS NOT NULL);
-- the specialist's worklist: open petitions by the next due date
CREATE INDEX petition_due ON petition (office_id, (coalesce(resolution_due_on, first_due_on))) WHERE status IN ('RECEIVED', 'ACCEPTED');

-- Handling documents issued (văn bản xử lý): forwarding letters, guidance letters, acceptance notices, filing notes,
-- resolution decisions — numbered per office and year.
CREATE TABLE petition_document (
    id              uuid PRIMARY KEY,
    petition_id     uuid NOT NULL REFERENCES petition (id) ON DELETE CASCADE,
    office_id       uuid NOT NULL,
    kind            text NOT NULL CHECK (kind IN ('FORWARDING_LETTER', 'GUIDANCE_LETTER', 'ACCEPTANCE_NOTICE', 'FILING_NOTE', 'RESOLUTION_DECISION')),
    number          text NOT NULL,
    issued_on       date NOT NULL,
    addressee       text CHECK (addressee IS NULL OR length(addressee) <= 500),
    body            text CHECK (body IS NULL OR length(body) <= 8000),
    issued_by       uuid NOT NULL REFERENCES app_user (id),
    issued_at       timestamptz NOT NULL
);
CREATE INDEX petition_document_petition ON petition_document (petition_id, issued_at);
CREATE INDEX petition_document_office ON petition_document (office_id, issued_on);

-- Forwarding to the competent authority, and its reply.
CREATE TABLE petition_forwarding (
    id               uuid PRIMARY KEY,
    petition_id      uuid NOT NULL REFERENCES petition (id) ON DELETE CASCADE,
    document_id      uuid NOT NULL REFERENCES petition_document (id),
    authority        text NOT NULL CHECK (length(btrim(authority)) BETWEEN 1 AND 500),
    authority_unit_id uuid,
    reply_due_on     date,
    replied_on       date,
    reply_summary    text CHECK (reply_summary IS NULL OR length(reply_summary) <= 4000),
    reply_document   text CHECK (reply_document IS NULL OR length(reply_document) <= 100),
    created_at       timestamptz NOT NULL
);
CREATE INDEX petition_forwarding_petition ON petition_forwarding (petition_id);

-- Units asked to verify and report (xác minh, báo cáo kết quả).
CREATE TABLE petition_unit_assignment (
    id              uuid PRIMARY KEY,
    petition_id     uuid NOT NULL REFERENCES petition (id) ON DELETE CASCADE,
    unit_id         uuid NOT NULL,
    request         text NOT NULL CHECK (length(btrim(request)) BETWEEN 1 AND 2000),
    due_on          date NOT NULL,
    assigned_by     uuid NOT NULL REFERENCES app_user (id),
    assigned_at     timestamptz NOT NULL,
    result          text CHECK (result IS NULL OR length(result) <= 8000),
    reported_by     uuid REFERENCES app_user (id),
    reported_at     timestamptz
);
CREATE INDEX petition_unit_assignment_unit ON petition_unit_assignment (unit_id, reported_at);
CREATE INDEX petition_unit_assignment_petition ON petition_unit_assignment (petition_id);
