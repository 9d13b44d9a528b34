-- Meetings and conferences (hội nghị, cuộc họp): kinds as reference data, the meeting with its lifecycle, the preparation
-- checklist, agenda, versioned documents, invitations and attendance, bridge points of online conferences, minutes.

-- Kinds: the system's own (jurisdiction_id NULL) for every jurisdiction, plus those an administrator adds for one.
CREATE TABLE meeting_kind (
    id              uuid PRIMARY KEY,
    jurisdiction_id uuid REFERENCES jurisdiction (id),
    code            text NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]{1,59}$'),
    name_vi         text NOT NULL CHECK (length(btrim(name_vi)) BETWEEN 1 AND 200),
    name_en         text NOT NULL CHECK (length(btrim(name_en)) BETWEEN 1 AND 200),
    position        int NOT NULL DEFAULT 100,
    created_at      timestamptz NOT NULL,
    UNIQUE NULLS NOT DISTINCT (jurisdiction_id, code)
);
INSERT INTO meeting_kind (id, jurisdiction_id, code, name_vi, name_en, position, created_at) VALUES
    (gen_random_uuid(), NULL, 'STANDING_BOARD', 'Hội nghị Thường trực Thành ủy', 'Standing-board meeting', 10, now()),
    (gen_random_uuid(), NULL, 'STANDING_COMMITTEE', 'Hội nghị Ban Thường vụ Thành ủy', 'Standing-committee meeting', 20, now()),
    (gen_random_uuid(), NULL, 'EXECUTIVE_COMMITTEE_PLENUM', 'Hội nghị Thành ủy (Ban Chấp hành)', 'Executive-committee plenum', 30, now()),
    (gen_random_uuid(), NULL, 'QUARTERLY_JOINT_BRIEFING', 'Hội nghị giao ban quý Thường trực Thành ủy – HĐND – UBND', 'Quarterly joint briefing', 40, now()),
    (gen_random_uuid(), NULL, 'PEOPLES_COMMITTEE_SESSION', 'Phiên họp Ủy ban nhân dân', 'People''s Committee session', 50, now()),
    (gen_random_uuid(), NULL, 'CHAIRMAN_MEETING', 'Cuộc họp do Chủ tịch UBND chủ trì', 'Meeting chaired by the chairman', 60, now()),
    (gen_random_uuid(), NULL, 'VICE_CHAIRMAN_MEETING', 'Cuộc họp do Phó Chủ tịch UBND chủ trì', 'Meeting chaired by a vice-chairman', 70, now()),
    (gen_random_uuid(), NULL, 'PEOPLES_COUNCIL_SESSION', 'Kỳ họp Hội đồng nhân dân', 'People''s Council session', 80, now()),
    (gen_random_uuid(), NULL, 'THEMATIC_CONFERENCE', 'Hội nghị chuyên đề', 'Thematic conference', 90, now());

CREATE TABLE meeting (
    id                    uuid PRIMARY KEY,
    jurisdiction_id       uuid NOT NULL REFERENCES jurisdiction (id),
    kind_id               uuid NOT NULL REFERENCES meeting_kind (id),
    title                 text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 500),
    starts_at             timestamptz NOT NULL,
    ends_at               timestamptz NOT NULL,
    venue                 text CHECK (venue IS NULL OR length(venue) <= 300),
    format                text NOT NULL CHECK (format IN ('IN_PERSON', 'ONLINE', 'HYBRID')),
    body_id               uuid NOT NULL,
    leader_ids            uuid[] NOT NULL DEFAULT '{}',
    host_office_id        uuid NOT NULL,
    supporting_office_ids uuid[] NOT NULL DEFAULT '{}',
    confidentiality       text NOT NULL CHECK (confidentiality IN ('PUBLIC', 'INTERNAL')),
    status                text NOT NULL CHECK (status IN ('PLANNED', 'INVITED', 'HELD', 'CLOSED', 'POSTPONED', 'CANCELLED')),
    status_reason         text,
    description           text CHECK (description IS NULL OR length(description) <= 4000),
    calendar_item_id      uuid,
    -- iCalendar SEQUENCE of the invitations: +1 whenever the time or venue changes, or the meeting is cancelled
    sequence              int NOT NULL DEFAULT 0,
    -- kept by the triggers below from the meeting's bridge points and invitees, so that the statistics of a period read
    -- the index meeting_time alone instead of 20,000 bridge points and 3,000 invitee lists a jurisdiction-year
    bridge_points         int NOT NULL DEFAULT 0,
    expected_delegates    bigint NOT NULL DEFAULT 0,
    actual_delegates      bigint NOT NULL DEFAULT 0,
    invitees              int NOT NULL DEFAULT 0,
    attended              int NOT NULL DEFAULT 0,
    attendance_taken      boolean NOT NULL DEFAULT false,
    version               bigint NOT NULL DEFAULT 0,
    created_by            uuid NOT NULL REFERENCES app_user (id),
    created_at            timestamptz NOT NULL,
    updated_at            timestamptz NOT NULL,
    UNIQUE (jurisdiction_id, id),
    CHECK (ends_at > starts_at),
    CHECK (ends_at - starts_at <= interval '92 days'),
    CHECK (status NOT IN ('POSTPONED', 'CANCELLED') OR status_reason IS NOT NULL),
    FOREIGN KEY (jurisdiction_id, body_id) REFERENCES leadership_body (jurisdiction_id, id),
    FOREIGN KEY (jurisdiction_id, host_office_id) REFERENCES office (jurisdiction_id, id)
);
-- The list of a month and the period statistics read one range of this index; with the id and the totals included the
-- statistics never visit the table (measured on 1 million meetings: 55 buffers instead of 3,039 for a jurisdiction-year).
CREATE INDEX meeting_time ON meeting (jurisdiction_id, starts_at)
    INCLUDE (id, kind_id, body_id, host_office_id, format, status, bridge_points, expected_delegates, actual_delegates, invitees, attended, attendance_taken);
CREATE INDEX meeting_updated ON meeting (jurisdiction_id, updated_at);

-- What happened to the meeting, in order: each lifecycle action with its reason.
CREATE TABLE meeting_event (
    id          uuid PRIMARY KEY,
    meeting_id  uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    action      text NOT NULL,
    from_status text,
    to_status   text NOT NULL,
    reason      text,
    starts_at   timestamptz,
    ends_at     timestamptz,
    actor_id    uuid NOT NULL,
    actor_name  text NOT NULL,
    at          timestamptz NOT NULL
);
CREATE INDEX meeting_event_meeting ON meeting_event (meeting_id, at);

-- Preparation checklist (cơ sở vật chất, công tác chuẩn bị): each task with exactly one assignee, an office or a unit.
CREATE TABLE meeting_task (
    id                 uuid PRIMARY KEY,
    jurisdiction_id    uuid NOT NULL REFERENCES jurisdiction (id),
    meeting_id         uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    category           text NOT NULL CHECK (category IN ('HALL', 'SOUND_AND_SCREENS', 'DOCUMENTS', 'RECEPTION', 'SECURITY', 'PRESS', 'CONNECTION', 'OTHER')),
    title              text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 500),
    assignee_office_id uuid,
    assignee_unit_id   uuid,
    due_at             timestamptz NOT NULL,
    note               text CHECK (note IS NULL OR length(note) <= 2000),
    done_at            timestamptz,
    done_by            uuid,
    done_by_name       text,
    done_note          text,
    reminded_on        date,
    version            bigint NOT NULL DEFAULT 0,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    CHECK (num_nonnulls(assignee_office_id, assignee_unit_id) = 1),
    CHECK ((done_at IS NULL) = (done_by IS NULL)),
    FOREIGN KEY (jurisdiction_id, assignee_office_id) REFERENCES office (jurisdiction_id, id),
    FOREIGN KEY (jurisdiction_id, assignee_unit_id) REFERENCES unit (jurisdiction_id, id)
);
CREATE INDEX meeting_task_meeting ON meeting_task (meeting_id, due_at);
-- the reminder job reads the open tasks due soon
CREATE INDEX meeting_task_open ON meeting_task (due_at) WHERE done_at IS NULL;
CREATE INDEX meeting_task_office ON meeting_task (assignee_office_id, due_at) WHERE assignee_office_id IS NOT NULL;
CREATE INDEX meeting_task_unit ON meeting_task (assignee_unit_id, due_at) WHERE assignee_unit_id IS NOT NULL;

CREATE TABLE meeting_agenda_item (
    id         uuid PRIMARY KEY,
    meeting_id uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position   int NOT NULL CHECK (position > 0),
    title      text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 500),
    presenter  text CHECK (presenter IS NULL OR length(presenter) <= 300),
    starts_at  timestamptz,
    ends_at    timestamptz,
    notes      text CHECK (notes IS NULL OR length(notes) <= 2000),
    version    bigint NOT NULL DEFAULT 0,
    CHECK (ends_at IS NULL OR starts_at IS NULL OR ends_at > starts_at)
);
CREATE INDEX meeting_agenda_item_meeting ON meeting_agenda_item (meeting_id, position);

-- A document of the meeting (or of one agenda item); every upload of a new file is a new version, none is lost.
CREATE TABLE meeting_document (
    id             uuid PRIMARY KEY,
    meeting_id     uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    agenda_item_id uuid REFERENCES meeting_agenda_item (id) ON DELETE SET NULL,
    title          text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 500),
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL
);
CREATE INDEX meeting_document_meeting ON meeting_document (meeting_id, created_at);

CREATE TABLE meeting_document_version (
    document_id      uuid NOT NULL REFERENCES meeting_document (id) ON DELETE CASCADE,
    version          int NOT NULL CHECK (version > 0),
    attachment_id    uuid NOT NULL REFERENCES attachment (id),
    note             text CHECK (note IS NULL OR length(note) <= 1000),
    uploaded_by      uuid NOT NULL,
    uploaded_by_name text NOT NULL,
    uploaded_at      timestamptz NOT NULL,
    PRIMARY KEY (document_id, version)
);

-- Invitees: a person (a user of the system, or someone named), a leadership body or a unit.
CREATE TABLE meeting_invitee (
    id              uuid PRIMARY KEY,
    meeting_id      uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    kind            text NOT NULL CHECK (kind IN ('PERSON', 'BODY', 'UNIT')),
    user_id         uuid REFERENCES app_user (id),
    person_name     text CHECK (person_name IS NULL OR length(btrim(person_name)) BETWEEN 1 AND 200),
    person_title    text CHECK (person_title IS NULL OR length(person_title) <= 300),
    email           text CHECK (email IS NULL OR length(email) <= 300),
    body_id         uuid REFERENCES leadership_body (id),
    unit_id         uuid REFERENCES unit (id),
    reply           text NOT NULL DEFAULT 'PENDING' CHECK (reply IN ('PENDING', 'ATTEND', 'ABSENT', 'SUBSTITUTE')),
    reply_reason    text,
    substitute_name text,
    replied_at      timestamptz,
    replied_by_name text,
    attended        boolean,
    attendance_note text,
    version         bigint NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL,
    CHECK (kind <> 'PERSON' OR (person_name IS NOT NULL AND body_id IS NULL AND unit_id IS NULL)),
    CHECK (kind <> 'BODY' OR (body_id IS NOT NULL AND user_id IS NULL AND unit_id IS NULL)),
    CHECK (kind <> 'UNIT' OR (unit_id IS NOT NULL AND user_id IS NULL AND body_id IS NULL)),
    CHECK (reply <> 'ABSENT' OR reply_reason IS NOT NULL),
    CHECK (reply <> 'SUBSTITUTE' OR substitute_name IS NOT NULL)
);
-- the statistics count invitees and attendance per meeting from the index alone
CREATE INDEX meeting_invitee_meeting ON meeting_invitee (meeting_id, created_at) INCLUDE (attended);
CREATE UNIQUE INDEX meeting_invitee_user ON meeting_invitee (meeting_id, user_id) WHERE user_id IS NOT NULL;
CREATE UNIQUE INDEX meeting_invitee_body ON meeting_invitee (meeting_id, body_id) WHERE body_id IS NOT NULL;
CREATE UNIQUE INDEX meeting_invitee_unit ON meeting_invitee (meeting_id, unit_id) WHERE unit_id IS NOT NULL;
CREATE INDEX meeting_invitee_user_lookup ON meeting_invitee (user_id) WHERE user_id IS NOT NULL;
CREATE INDEX meeting_invitee_unit_lookup ON meeting_invitee (unit_id) WHERE unit_id IS NOT NULL;

-- Bridge points (điểm cầu) of an online or hybrid conference, with delegates expected and present.
CREATE TABLE meeting_bridge_point (
    id                 uuid PRIMARY KEY,
    meeting_id         uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position           int NOT NULL CHECK (position > 0),
    name               text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 300),
    unit_id            uuid REFERENCES unit (id),
    address            text CHECK (address IS NULL OR length(address) <= 500),
    contact_name       text CHECK (contact_name IS NULL OR length(contact_name) <= 200),
    contact_phone      text CHECK (contact_phone IS NULL OR length(contact_phone) <= 40),
    expected_delegates int NOT NULL CHECK (expected_delegates BETWEEN 0 AND 100000),
    actual_delegates   int CHECK (actual_delegates BETWEEN 0 AND 100000),
    version            bigint NOT NULL DEFAULT 0,
    name_key           text GENERATED ALWAYS AS (search_normalize(btrim(name))) STORED,
    UNIQUE (meeting_id, name_key)
);
CREATE INDEX meeting_bridge_point_meeting ON meeting_bridge_point (meeting_id, position) INCLUDE (expected_delegates, actual_delegates);

-- Minutes (biên bản): drafted by the host office after the meeting; approving them closes the meeting.
CREATE TABLE meeting_minutes (
    meeting_id       uuid PRIMARY KEY REFERENCES meeting (id) ON DELETE CASCADE,
    content          text NOT NULL CHECK (length(btrim(content)) BETWEEN 1 AND 100000),
    attachment_ids   uuid[] NOT NULL DEFAULT '{}',
    written_by_name  text NOT NULL,
    written_at       timestamptz NOT NULL,
    approved_by_name text,
    approved_at      timestamptz,
    version          bigint NOT NULL DEFAULT 0
);

-- The host office's notice of the meeting's conclusions and decisions to the related offices (seed 004).
CREATE TABLE meeting_outcome_notice (
    id                    uuid PRIMARY KEY,
    meeting_id            uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    content               text NOT NULL CHECK (length(btrim(content)) BETWEEN 1 AND 8000),
    conclusion_id         uuid,
    recipient_office_ids  uuid[] NOT NULL,
    sent_by_name          text NOT NULL,
    sent_at               timestamptz NOT NULL
);
CREATE INDEX meeting_outcome_notice_meeting ON meeting_outcome_notice (meeting_id, sent_at);

-- The meeting's totals follow its bridge points and invitees, once per statement (an import of 2,000 points is one update).
CREATE FUNCTION meeting_refresh_totals(ids uuid[]) RETURNS void LANGUAGE sql AS $$
    UPDATE meeting m SET bridge_points = t.points, expected_delegates = t.expected, actual_delegates = t.actual,
                         invitees = t.invitees, attended = t.attended, attendance_taken = t.taken
    FROM (SELECT x.id,
                 (SELECT count(*) FROM meeting_bridge_point p WHERE p.meeting_id = x.id) AS points,
                 (SELECT coalesce(sum(p.expected_delegates), 0) FROM meeting_bridge_point p WHERE p.meeting_id = x.id) AS expected,
                 (SELECT coalesce(sum(p.actual_delegates), 0) FROM meeting_bridge_point p WHERE p.meeting_id = x.id) AS actual,
                 (SELECT count(*) FROM meeting_invitee v WHERE v.meeting_id = x.id) AS invitees,
                 (SELECT count(*) FILTER (WHERE v.attended) FROM meeting_invitee v WHERE v.meeting_id = x.id) AS attended,
                 (SELECT coalesce(bool_or(v.attended IS NOT NULL), false) FROM meeting_invitee v WHERE v.meeting_id = x.id) AS taken
          FROM unnest(ids) AS x(id)) t
    WHERE m.id = t.id
      AND (m.bridge_points, m.expected_delegates, m.actual_delegates, m.invitees, m.attended, m.attendance_taken)
          IS DISTINCT FROM (t.points, t.expected, t.actual, t.invitees, t.attended, t.taken)
$$;
CREATE FUNCTION meeting_totals_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM meeting_refresh_totals(ARRAY(SELECT DISTINCT meeting_id FROM new_rows));
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM meeting_refresh_totals(ARRAY(SELECT meeting_id FROM new_rows UNION SELECT meeting_id FROM old_rows));
    ELSE
        PERFORM meeting_refresh_totals(ARRAY(SELECT DISTINCT meeting_id FROM old_rows));
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER meeting_bridge_point_inserted AFTER INSERT ON meeting_bridge_point REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION meeting_totals_changed();
CREATE TRIGGER meeting_bridge_point_updated AFTER UPDATE ON meeting_bridge_point REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION meeting_totals_changed();
CREATE TRIGGER meeting_bridge_point_deleted AFTER DELETE ON meeting_bridge_point REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION meeting_totals_changed();
CREATE TRIGGER meeting_invitee_inserted AFTER INSERT ON meeting_invitee REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION meeting_totals_changed();
CREATE TRIGGER meeting_invitee_updated AFTER UPDATE ON meeting_invitee REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION meeting_totals_changed();
CREATE TRIGGER meeting_invitee_deleted AFTER DELETE ON meeting_invitee REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION meeting_totals_changed();
