-- Petitions (đơn thư): intake by an office or from the e-portal, the handlers assigned to each, and a petitioner's
-- identity that is encrypted at rest with a key from configuration (never in the repository or the database) and
-- disclosed only to an assigned handler who gives a reason, each disclosure recorded (Law on Denunciation 2018, art. 47;
-- Law on Personal Data Protection 2025).

CREATE TABLE petition (
    id                  uuid PRIMARY KEY,
    jurisdiction_id     uuid NOT NULL REFERENCES jurisdiction (id),
    office_id           uuid NOT NULL,
    number              text NOT NULL,
    kind                text NOT NULL CHECK (kind IN ('COMPLAINT', 'DENUNCIATION', 'RECOMMENDATION', 'REFLECTION')),
    channel             text NOT NULL CHECK (channel IN ('POST', 'IN_PERSON', 'VOTER_MEETING', 'E_PORTAL', 'TRANSFERRED')),
    received_on         date NOT NULL,
    subject             text NOT NULL CHECK (length(btrim(subject)) BETWEEN 1 AND 500),
    content             text NOT NULL CHECK (length(btrim(content)) BETWEEN 1 AND 20000),
    contested_act       text CHECK (contested_act IS NULL OR length(contested_act) <= 2000),
    addressed_to        text CHECK (addressed_to IS NULL OR length(addressed_to) <= 500),
    transferred_from    text CHECK (transferred_from IS NULL OR length(transferred_from) <= 500),
    -- 0: anonymous; 5 or more: a crowd case (đông người) with chosen representatives
    petitioner_count    int NOT NULL CHECK (petitioner_count BETWEEN 0 AND 10000),
    crowd               boolean GENERATED ALWAYS AS (petitioner_count >= 5) STORED,
    status              text NOT NULL CHECK (status IN ('RECEIVED', 'ACCEPTED', 'FORWARDED', 'GUIDED', 'FILED', 'RESOLVED')),
    -- the e-portal's tracking code; the citizen's secret is an HMAC of it under the configured key, stored nowhere
    tracking_code       text UNIQUE,
    search_text         text GENERATED ALWAYS AS (search_normalize(number || ' ' || subject || ' ' || content || ' ' || coalesce(contested_act, '')
                                                                   || ' ' || coalesce(addressed_to, ''))) STORED,
    version             bigint NOT NULL DEFAULT 0,
    created_by          uuid,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    UNIQUE (jurisdiction_id, id),
    UNIQUE (office_id, number),
    FOREIGN KEY (jurisdiction_id, office_id) REFERENCES office (jurisdiction_id, id),
    CHECK (channel <> 'TRANSFERRED' OR transferred_from IS NOT NULL),
    CHECK ((channel = 'E_PORTAL') = (tracking_code IS NOT NULL))
);
CREATE INDEX petition_worklist ON petition (office_id, status, received_on);
CREATE INDEX petition_updated ON petition (jurisdiction_id, updated_at);
CREATE INDEX petition_search ON petition USING gin (search_text gin_trgm_ops);

-- Every petitioner's identity (name, address, ID number, phone) is one AES-256-GCM ciphertext: there is no plain column
-- to leak through a list, a search, an export or a log line. key_id names the key it was sealed with.
CREATE TABLE petitioner (
    id              uuid PRIMARY KEY,
    petition_id     uuid NOT NULL REFERENCES petition (id) ON DELETE CASCADE,
    position        int NOT NULL CHECK (position > 0),
    representative  boolean NOT NULL DEFAULT false,
    identity        bytea NOT NULL,
    key_id          text NOT NULL,
    UNIQUE (petition_id, position)
);

-- The handlers of a petition (cán bộ xử lý): assigned by a leader of the receiving office; only they may see a
-- denouncer's identity, each time with a reason.
CREATE TABLE petition_handler (
    petition_id     uuid NOT NULL REFERENCES petition (id) ON DELETE CASCADE,
    user_id         uuid NOT NULL REFERENCES app_user (id),
    assigned_by     uuid NOT NULL REFERENCES app_user (id),
    assigned_at     timestamptz NOT NULL,
    PRIMARY KEY (petition_id, user_id)
);
CREATE INDEX petition_handler_user ON petition_handler (user_id);

CREATE TABLE petition_identity_disclosure (
    id              uuid PRIMARY KEY,
    jurisdiction_id uuid NOT NULL REFERENCES jurisdiction (id),
    petition_id     uuid NOT NULL REFERENCES petition (id),
    user_id         uuid NOT NULL REFERENCES app_user (id),
    user_name       text NOT NULL,
    reason          text NOT NULL CHECK (length(btrim(reason)) BETWEEN 10 AND 1000),
    disclosed_at    timestamptz NOT NULL
);
CREATE INDEX petition_identity_disclosure_list ON petition_identity_disclosure (jurisdiction_id, disclosed_at DESC);

-- What happened to a petition. `public_stage` marks the steps a citizen may see through the status lookup (dates and
-- stages only; never names, content or notes).
CREATE TABLE petition_event (
    id              uuid PRIMARY KEY,
    petition_id     uuid NOT NULL REFERENCES petition (id) ON DELETE CASCADE,
    kind            text NOT NULL,
    public_stage    text CHECK (public_stage IN ('RECEIVED', 'IN_PROGRESS', 'ACCEPTED', 'FORWARDED', 'GUIDED', 'FILED', 'RESOLVED')),
    note            text,
    actor_id        uuid,
    actor_name      text NOT NULL,
    at              timestamptz NOT NULL
);
CREATE INDEX petition_event_petition ON petition_event (petition_id, at);

CREATE TABLE petition_attachment (
    petition_id     uuid NOT NULL REFERENCES petition (id) ON DELETE CASCADE,
    attachment_id   uuid NOT NULL REFERENCES attachment (id),
    PRIMARY KEY (petition_id, attachment_id)
);
