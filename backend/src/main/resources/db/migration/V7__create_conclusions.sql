-- Conclusions: source documents (concluding notices, resolutions, directives ...) and the tasks they assign,
-- followed to completion. A task's status is derived (conclusion_task_status), never stored.

ALTER TABLE leadership_body ADD CONSTRAINT leadership_body_jurisdiction_id_key UNIQUE (jurisdiction_id, id);

CREATE TABLE conclusion_document (
    id                 uuid PRIMARY KEY,
    jurisdiction_id    uuid NOT NULL REFERENCES jurisdiction (id),
    office_id          uuid NOT NULL,
    kind               text NOT NULL CHECK (kind IN ('CONCLUDING_NOTICE', 'RESOLUTION', 'DIRECTIVE', 'PLAN', 'OFFICIAL_LETTER', 'OTHER')),
    number             text NOT NULL CHECK (length(btrim(number)) BETWEEN 1 AND 60),
    issued_on          date NOT NULL,
    issuing_body_id    uuid NOT NULL,
    signer             text NOT NULL CHECK (length(btrim(signer)) BETWEEN 1 AND 200),
    summary            text NOT NULL CHECK (length(btrim(summary)) BETWEEN 1 AND 4000),
    meeting_id         uuid,
    search_text        text GENERATED ALWAYS AS (search_normalize(number || ' ' || signer || ' ' || summary)) STORED,
    version            bigint NOT NULL DEFAULT 0,
    created_by         uuid NOT NULL REFERENCES app_user (id),
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    FOREIGN KEY (jurisdiction_id, office_id) REFERENCES office (jurisdiction_id, id),
    FOREIGN KEY (jurisdiction_id, issuing_body_id) REFERENCES leadership_body (jurisdiction_id, id),
    UNIQUE (jurisdiction_id, id),
    UNIQUE (jurisdiction_id, issuing_body_id, number, issued_on)
);
CREATE INDEX conclusion_document_list ON conclusion_document (jurisdiction_id, issued_on DESC, id);
CREATE INDEX conclusion_document_updated ON conclusion_document (jurisdiction_id, updated_at);
CREATE INDEX conclusion_document_search ON conclusion_document USING gin (search_text gin_trgm_ops);


CREATE TABLE conclusion_document_attachment (
    document_id   uuid NOT NULL REFERENCES conclusion_document (id) ON DELETE CASCADE,
    attachment_id uuid NOT NULL REFERENCES attachment (id),
    PRIMARY KEY (document_id, attachment_id)
);

-- Exactly one lead unit per task: a NOT NULL column, so no task can have none or two.
CREATE TABLE conclusion_task (
    id                  uuid PRIMARY KEY,
    jurisdiction_id     uuid NOT NULL REFERENCES jurisdiction (id),
    document_id         uuid NOT NULL,
    position            integer NOT NULL CHECK (position > 0),
    content             text NOT NULL CHECK (length(btrim(content)) BETWEEN 1 AND 4000),
    expected_result     text NOT NULL CHECK (length(btrim(expected_result)) BETWEEN 1 AND 2000),
    lead_unit_id        uuid NOT NULL,
    focal_officer       text NOT NULL CHECK (length(btrim(focal_officer)) BETWEEN 1 AND 200),
    focal_user_id       uuid REFERENCES app_user (id),
    deadline            date,
    original_deadline   date,
    reporting_cycle     text CHECK (reporting_cycle IN ('MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY')),
    following_office_id uuid NOT NULL,
    state               text NOT NULL DEFAULT 'OPEN' CHECK (state IN ('OPEN', 'COMPLETION_PROPOSED', 'DONE', 'CANCELLED')),
    progress_percent    integer NOT NULL DEFAULT 0 CHECK (progress_percent BETWEEN 0 AND 100),
    completion_proposed_on date,
    completed_on        date,
    cancel_reason       text,
    last_urged_on       date,
    version             bigint NOT NULL DEFAULT 0,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    FOREIGN KEY (jurisdiction_id, document_id) REFERENCES conclusion_document (jurisdiction_id, id),
    FOREIGN KEY (jurisdiction_id, lead_unit_id) REFERENCES unit (jurisdiction_id, id),
    FOREIGN KEY (jurisdiction_id, following_office_id) REFERENCES office (jurisdiction_id, id),
    UNIQUE (document_id, position),
    -- A deadline, or explicitly ongoing with a reporting cycle: never neither, never both.
    CHECK ((deadline IS NOT NULL AND original_deadline IS NOT NULL AND reporting_cycle IS NULL)
        OR (deadline IS NULL AND original_deadline IS NULL AND reporting_cycle IS NOT NULL)),
    CHECK (state <> 'DONE' OR completed_on IS NOT NULL),
    CHECK (state <> 'CANCELLED' OR cancel_reason IS NOT NULL),
    CHECK (state <> 'COMPLETION_PROPOSED' OR completion_proposed_on IS NOT NULL)
);
CREATE INDEX conclusion_task_lead_unit ON conclusion_task (lead_unit_id, deadline);
CREATE INDEX conclusion_task_document ON conclusion_task (document_id, position);
CREATE INDEX conclusion_task_following ON conclusion_task (following_office_id, state, deadline);
CREATE INDEX conclusion_task_open_deadline ON conclusion_task (deadline) WHERE state IN ('OPEN', 'COMPLETION_PROPOSED');

CREATE TABLE conclusion_task_coordinator (
    task_id uuid NOT NULL REFERENCES conclusion_task (id) ON DELETE CASCADE,
    unit_id uuid NOT NULL REFERENCES unit (id),
    PRIMARY KEY (task_id, unit_id)
);
CREATE INDEX conclusion_task_coordinator_unit ON conclusion_task_coordinator (unit_id);

-- The lead unit is not also a coordinating unit of the same task.
CREATE FUNCTION conclusion_task_coordinator_not_lead() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM conclusion_task t WHERE t.id = NEW.task_id AND t.lead_unit_id = NEW.unit_id) THEN
        RAISE EXCEPTION 'the lead unit cannot also coordinate the task' USING ERRCODE = '23514';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER conclusion_task_coordinator_not_lead BEFORE INSERT OR UPDATE ON conclusion_task_coordinator
    FOR EACH ROW EXECUTE FUNCTION conclusion_task_coordinator_not_lead();

-- The task's history: progress reports, proposals, confirmations, returns, extensions, cancellation.
CREATE TABLE conclusion_task_event (
    id            uuid PRIMARY KEY,
    task_id       uuid NOT NULL REFERENCES conclusion_task (id) ON DELETE CASCADE,
    kind          text NOT NULL CHECK (kind IN ('CREATED', 'PROGRESS_REPORTED', 'COMPLETION_PROPOSED', 'COMPLETION_CONFIRMED',
                                               'COMPLETION_RETURNED', 'EXTENSION_REQUESTED', 'EXTENSION_APPROVED',
                                               'EXTENSION_REFUSED', 'CANCELLED', 'URGED')),
    actor_id      uuid REFERENCES app_user (id),
    actor_name    text NOT NULL,
    unit_id       uuid REFERENCES unit (id),
    note          text,
    percent       integer CHECK (percent BETWEEN 0 AND 100),
    deadline_from date,
    deadline_to   date,
    attachment_ids uuid[] NOT NULL DEFAULT '{}',
    occurred_at   timestamptz NOT NULL
);
CREATE INDEX conclusion_task_event_task ON conclusion_task_event (task_id, occurred_at);

CREATE TABLE conclusion_extension_request (
    id                 uuid PRIMARY KEY,
    task_id            uuid NOT NULL REFERENCES conclusion_task (id) ON DELETE CASCADE,
    requested_by       uuid NOT NULL REFERENCES app_user (id),
    requested_at       timestamptz NOT NULL,
    reason             text NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 2000),
    current_deadline   date NOT NULL,
    requested_deadline date NOT NULL CHECK (requested_deadline > current_deadline),
    decision           text NOT NULL DEFAULT 'PENDING' CHECK (decision IN ('PENDING', 'APPROVED', 'REFUSED')),
    decided_by         uuid REFERENCES app_user (id),
    decided_at         timestamptz,
    decision_note      text
);
CREATE UNIQUE INDEX conclusion_extension_one_pending ON conclusion_extension_request (task_id) WHERE decision = 'PENDING';

-- Urging letters (công văn đôn đốc): prepared per unit from its overdue tasks; sending is recorded.
CREATE TABLE conclusion_urging_letter (
    id              uuid PRIMARY KEY,
    jurisdiction_id uuid NOT NULL REFERENCES jurisdiction (id),
    office_id       uuid NOT NULL,
    unit_id         uuid NOT NULL,
    prepared_on     date NOT NULL,
    task_ids        uuid[] NOT NULL CHECK (cardinality(task_ids) > 0),
    reference       text,
    sent_at         timestamptz,
    sent_by         uuid REFERENCES app_user (id),
    created_at      timestamptz NOT NULL,
    FOREIGN KEY (jurisdiction_id, office_id) REFERENCES office (jurisdiction_id, id),
    FOREIGN KEY (jurisdiction_id, unit_id) REFERENCES unit (jurisdiction_id, id),
    UNIQUE (office_id, unit_id, prepared_on)
);

-- The one definition of a task's status, used by lists, boards and statistics alike.
-- Done on the deadline day is on time; "today" is the caller's date in Asia/Ho_Chi_Minh.
CREATE FUNCTION conclusion_task_status(state text, deadline date, original_deadline date, completed_on date, today date)
    RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE
        WHEN state = 'CANCELLED' THEN 'CANCELLED'
        WHEN state = 'DONE' AND (deadline IS NULL OR completed_on <= deadline) THEN 'DONE_ON_TIME'
        WHEN state = 'DONE' THEN 'DONE_LATE'
        WHEN deadline IS NOT NULL AND deadline < today THEN 'OVERDUE'
        WHEN deadline IS DISTINCT FROM original_deadline THEN 'EXTENDED'
        ELSE 'IN_PROGRESS'
    END $$;
