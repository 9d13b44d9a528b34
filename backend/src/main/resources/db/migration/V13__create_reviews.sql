-- Reviews of the offices' coordination (đánh giá, rút kinh nghiệm; sơ kết, tổng kết): the period, the host office and
-- the participants, the figures computed from the other features (frozen as a snapshot when finalised), the findings,
-- and the proposals that became tracked tasks in the conclusions feature.

-- The order in which the offices host the yearly review (seed 004: "luân phiên theo sự thỏa thuận giữa các Văn phòng").
-- A jurisdiction without rows uses its offices in the order of their kind (Party Committee, NA delegation and People's
-- Council, People's Committee, others).
CREATE TABLE review_rotation (
    jurisdiction_id uuid NOT NULL REFERENCES jurisdiction (id),
    office_id       uuid NOT NULL,
    position        int NOT NULL CHECK (position > 0),
    updated_by      uuid NOT NULL,
    updated_at      timestamptz NOT NULL,
    PRIMARY KEY (jurisdiction_id, office_id),
    UNIQUE (jurisdiction_id, position),
    FOREIGN KEY (jurisdiction_id, office_id) REFERENCES office (jurisdiction_id, id)
);

CREATE TABLE review (
    id                      uuid PRIMARY KEY,
    jurisdiction_id         uuid NOT NULL REFERENCES jurisdiction (id),
    number                  text NOT NULL,
    kind                    text NOT NULL CHECK (kind IN ('ANNUAL', 'INTERIM', 'FINAL')),
    title                   text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 500),
    period_from             date NOT NULL,
    period_to               date NOT NULL,
    host_office_id          uuid NOT NULL,
    participating_office_ids uuid[] NOT NULL DEFAULT '{}',
    meeting_id              uuid,
    status                  text NOT NULL CHECK (status IN ('DRAFT', 'FINALISED')),
    -- the figures as they were when the review was finalised: the published report never changes afterwards
    figures                 jsonb,
    finalised_at            timestamptz,
    finalised_by            uuid,
    finalised_by_name       text,
    search_text             text GENERATED ALWAYS AS (search_normalize(number || ' ' || title)) STORED,
    version                 bigint NOT NULL DEFAULT 0,
    created_by              uuid NOT NULL REFERENCES app_user (id),
    created_at              timestamptz NOT NULL,
    updated_at              timestamptz NOT NULL,
    UNIQUE (jurisdiction_id, id),
    FOREIGN KEY (jurisdiction_id, host_office_id) REFERENCES office (jurisdiction_id, id),
    CHECK (period_to >= period_from),
    CHECK (period_to - period_from <= 3660),
    CHECK (status <> 'FINALISED' OR (figures IS NOT NULL AND finalised_at IS NOT NULL AND finalised_by IS NOT NULL))
);
CREATE INDEX review_list ON review (jurisdiction_id, period_to DESC, id);
CREATE INDEX review_updated ON review (jurisdiction_id, updated_at);
CREATE INDEX review_search ON review USING gin (search_text gin_trgm_ops);

-- Findings in the four parts of a review report: I. results, II. shortcomings and their causes, III. lessons,
-- IV. directions and proposals. A proposal may become a task (conclusion_task) with a lead unit and a deadline.
CREATE TABLE review_finding (
    id              uuid PRIMARY KEY,
    review_id       uuid NOT NULL REFERENCES review (id) ON DELETE CASCADE,
    section         text NOT NULL CHECK (section IN ('RESULT', 'SHORTCOMING', 'LESSON', 'PROPOSAL')),
    position        int NOT NULL CHECK (position > 0),
    content         text NOT NULL CHECK (length(btrim(content)) BETWEEN 1 AND 4000),
    cause           text CHECK (cause IS NULL OR length(cause) <= 4000),
    task_id         uuid,
    converted_by    uuid,
    converted_at    timestamptz,
    version         bigint NOT NULL DEFAULT 0,
    created_by      uuid NOT NULL REFERENCES app_user (id),
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    CHECK (task_id IS NULL OR section = 'PROPOSAL'),
    CHECK (cause IS NULL OR section = 'SHORTCOMING'),
    UNIQUE (review_id, section, position) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX review_finding_review ON review_finding (review_id, section, position);

-- The conclusions feature records a review's converted proposals as the tasks of one document per review.
ALTER TABLE conclusion_document ADD COLUMN review_id uuid;
CREATE UNIQUE INDEX conclusion_document_review ON conclusion_document (review_id) WHERE review_id IS NOT NULL;

-- Programmes by the day their draft was due, for the reviews' "submitted on time / late" figures.
CREATE INDEX programme_deadline ON programme (jurisdiction_id, deadline) INCLUDE (office_id, submitted_at, status);
