-- Citizen reception (tiếp công dân) and voters' recommendations (kiến nghị cử tri).
--
-- reception_session: a leader's periodic reception day (REGULAR — Law on Citizen Reception 2013, art. 12, 15, 18: the
-- provincial People's Committee chair at least one day a month, a commune chair one day a week, heads of agencies one
-- day a month) or a joint reception by several offices (JOINT — during congresses, elections, People's Council sessions
-- and holidays). A session keeps an item in its body's weekly programme (programme_item.meeting_id = the session's id).
-- What citizens raised is kept here only as a summary without names: a citizen's identity belongs to the petition
-- recorded from the session, where it is encrypted (V15), and reception_session_petition links the two.
--
-- voter_recommendation: a recommendation gathered at a voter meeting (tiếp xúc cử tri) by the NA delegation or the
-- People's Council, recorded by the office serving them, assigned to the competent body and tracked until answered —
-- 40 days, or 50 for the lead agency on a shared matter (Decision 33/2017/QĐ-TTg, art. 12; rule data in
-- petition_deadline_rule, kind VOTER_RECOMMENDATION, stage ANSWER).

CREATE TABLE reception_session (
    id                       uuid PRIMARY KEY,
    jurisdiction_id          uuid NOT NULL REFERENCES jurisdiction (id),
    kind                     text NOT NULL CHECK (kind IN ('REGULAR', 'JOINT')),
    host_office_id           uuid NOT NULL,
    participating_office_ids uuid[] NOT NULL DEFAULT '{}',
    -- the receiving leaders (leader.id) and the leadership body whose calendar shows the session
    leader_ids               uuid[] NOT NULL DEFAULT '{}',
    body_id                  uuid,
    occasion                 text CHECK (occasion IS NULL OR length(occasion) <= 300),
    starts_at                timestamptz NOT NULL,
    ends_at                  timestamptz NOT NULL,
    venue                    text NOT NULL CHECK (length(btrim(venue)) BETWEEN 1 AND 300),
    -- shown in the e-portal's public reception schedule
    public                   boolean NOT NULL DEFAULT true,
    status                   text NOT NULL CHECK (status IN ('PLANNED', 'HELD', 'CANCELLED')),
    cancel_reason            text CHECK (cancel_reason IS NULL OR length(btrim(cancel_reason)) BETWEEN 1 AND 1000),
    citizens_count           int CHECK (citizens_count IS NULL OR citizens_count BETWEEN 0 AND 100000),
    outcome                  text CHECK (outcome IS NULL OR length(btrim(outcome)) BETWEEN 1 AND 4000),
    -- a summary without names; identities go into petitions
    issues_raised            text CHECK (issues_raised IS NULL OR length(issues_raised) <= 8000),
    held_at                  timestamptz,
    calendar_item_id         uuid,
    search_text              text GENERATED ALWAYS AS (search_normalize(venue || ' ' || coalesce(occasion, '') || ' ' || coalesce(outcome, '') || ' '
                                                                       || coalesce(issues_raised, ''))) STORED,
    version                  bigint NOT NULL DEFAULT 0,
    created_by               uuid NOT NULL REFERENCES app_user (id),
    created_at               timestamptz NOT NULL,
    updated_at               timestamptz NOT NULL,
    UNIQUE (jurisdiction_id, id),
    CHECK (ends_at > starts_at),
    CHECK (ends_at - starts_at <= interval '31 days'),
    CHECK (kind <> 'REGULAR' OR (body_id IS NOT NULL AND cardinality(leader_ids) > 0)),
    CHECK (kind <> 'JOINT' OR cardinality(participating_office_ids) > 0),
    CHECK ((status = 'CANCELLED') = (cancel_reason IS NOT NULL)),
    CHECK ((status = 'HELD') = (held_at IS NOT NULL AND citizens_count IS NOT NULL AND outcome IS NOT NULL)),
    FOREIGN KEY (jurisdiction_id, host_office_id) REFERENCES office (jurisdiction_id, id),
    FOREIGN KEY (jurisdiction_id, body_id) REFERENCES leadership_body (jurisdiction_id, id)
);
CREATE INDEX reception_session_time ON reception_session (jurisdiction_id, starts_at);
CREATE INDEX reception_session_public ON reception_session (jurisdiction_id, starts_at) WHERE public AND status <> 'CANCELLED';
CREATE INDEX reception_session_updated ON reception_session (jurisdiction_id, updated_at);
CREATE INDEX reception_session_search ON reception_session USING gin (search_text gin_trgm_ops);

-- The petitions recorded at a session (channel IN_PERSON). A petition comes from one session at most.
CREATE TABLE reception_session_petition (
    session_id  uuid NOT NULL REFERENCES reception_session (id) ON DELETE CASCADE,
    petition_id uuid NOT NULL UNIQUE REFERENCES petition (id) ON DELETE CASCADE,
    linked_by   uuid NOT NULL REFERENCES app_user (id),
    linked_at   timestamptz NOT NULL,
    PRIMARY KEY (session_id, petition_id)
);

CREATE TABLE voter_recommendation (
    id                     uuid PRIMARY KEY,
    jurisdiction_id        uuid NOT NULL REFERENCES jurisdiction (id),
    -- the office that records and follows it; number per office and year (series KNCT)
    office_id              uuid NOT NULL,
    number                 text NOT NULL,
    gathered_by            text NOT NULL CHECK (gathered_by IN ('NA_DELEGATION', 'PEOPLES_COUNCIL', 'JOINT')),
    meeting_date           date NOT NULL,
    meeting_place          text NOT NULL CHECK (length(btrim(meeting_place)) BETWEEN 1 AND 300),
    delegates              text CHECK (delegates IS NULL OR length(delegates) <= 1000),
    content                text NOT NULL CHECK (length(btrim(content)) BETWEEN 1 AND 8000),
    topic                  text CHECK (topic IS NULL OR length(topic) <= 200),
    -- internal notes of the office; never published
    note                   text CHECK (note IS NULL OR length(note) <= 4000),
    -- the competent body: a unit of the jurisdiction, or an authority named in words (a ministry, the province's People's Committee ...)
    assigned_unit_id       uuid,
    assigned_authority     text CHECK (assigned_authority IS NULL OR length(btrim(assigned_authority)) BETWEEN 1 AND 300),
    shared_matter          boolean NOT NULL DEFAULT false,
    assigned_on            date,
    due_on                 date,
    due_rule               text,
    status                 text NOT NULL CHECK (status IN ('GATHERED', 'ASSIGNED', 'ANSWERED')),
    answer                 text CHECK (answer IS NULL OR length(btrim(answer)) BETWEEN 1 AND 20000),
    answered_on            date,
    answer_document_number text CHECK (answer_document_number IS NULL OR length(answer_document_number) <= 100),
    answered_by_name       text,
    published              boolean NOT NULL DEFAULT false,
    published_at           timestamptz,
    search_text            text GENERATED ALWAYS AS (search_normalize(number || ' ' || content || ' ' || meeting_place || ' ' || coalesce(topic, '') || ' '
                                                                     || coalesce(delegates, '') || ' ' || coalesce(assigned_authority, ''))) STORED,
    version                bigint NOT NULL DEFAULT 0,
    created_by             uuid NOT NULL REFERENCES app_user (id),
    created_at             timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL,
    UNIQUE (jurisdiction_id, id),
    UNIQUE (office_id, number),
    FOREIGN KEY (jurisdiction_id, office_id) REFERENCES office (jurisdiction_id, id),
    FOREIGN KEY (jurisdiction_id, assigned_unit_id) REFERENCES unit (jurisdiction_id, id),
    CHECK (assigned_unit_id IS NULL OR assigned_authority IS NULL),
    CHECK (status = 'GATHERED' OR ((assigned_unit_id IS NOT NULL OR assigned_authority IS NOT NULL) AND assigned_on IS NOT NULL AND due_on IS NOT NULL)),
    CHECK (due_on IS NULL OR due_on >= assigned_on),
    CHECK ((status = 'ANSWERED') = (answer IS NOT NULL AND answered_on IS NOT NULL)),
    CHECK (NOT published OR (status = 'ANSWERED' AND published_at IS NOT NULL))
);
CREATE INDEX voter_recommendation_meeting ON voter_recommendation (jurisdiction_id, meeting_date);
CREATE INDEX voter_recommendation_unit ON voter_recommendation (assigned_unit_id, status, due_on) WHERE assigned_unit_id IS NOT NULL;
CREATE INDEX voter_recommendation_open_due ON voter_recommendation (jurisdiction_id, due_on) WHERE status = 'ASSIGNED';
CREATE INDEX voter_recommendation_published ON voter_recommendation (jurisdiction_id, meeting_date) WHERE published;
CREATE INDEX voter_recommendation_updated ON voter_recommendation (jurisdiction_id, updated_at);
CREATE INDEX voter_recommendation_search ON voter_recommendation USING gin (search_text gin_trgm_ops);
