-- Reference data every feature stands on: jurisdictions (the tenant and shard key),
-- offices, the leadership bodies they serve, units that receive tasks and petitions, users.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent() is only STABLE; this wrapper pins the dictionary so it can be used in
-- generated columns and indexes. "Hà Nội" -> "ha noi", "Đà Nẵng" -> "da nang".
CREATE FUNCTION search_normalize(input text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, input)) $$;

CREATE TABLE jurisdiction (
    id          uuid PRIMARY KEY,
    code        text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9_-]{2,20}$'),
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    kind        text NOT NULL CHECK (kind IN ('PROVINCE', 'CENTRAL_CITY')),
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL
);

CREATE TABLE office (
    id              uuid PRIMARY KEY,
    jurisdiction_id uuid NOT NULL REFERENCES jurisdiction (id),
    code            text NOT NULL CHECK (code ~ '^[A-Z0-9_-]{2,30}$'),
    kind            text NOT NULL CHECK (kind IN ('PARTY_COMMITTEE_OFFICE', 'NA_DELEGATION_AND_PEOPLES_COUNCIL_OFFICE',
                                                  'PEOPLES_COMMITTEE_OFFICE', 'FATHERLAND_FRONT_OFFICE', 'OTHER')),
    name_vi         text NOT NULL CHECK (length(name_vi) BETWEEN 1 AND 300),
    name_en         text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 300),
    short_name      text NOT NULL CHECK (length(short_name) BETWEEN 1 AND 40),
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    UNIQUE (jurisdiction_id, code),
    UNIQUE (jurisdiction_id, id)
);
-- The consolidating office (Party Committee Office) is unique within a jurisdiction.
CREATE UNIQUE INDEX office_one_party_committee_office ON office (jurisdiction_id) WHERE kind = 'PARTY_COMMITTEE_OFFICE';

CREATE TABLE leadership_body (
    id              uuid PRIMARY KEY,
    jurisdiction_id uuid NOT NULL REFERENCES jurisdiction (id),
    office_id       uuid NOT NULL,
    code            text NOT NULL CHECK (code ~ '^[A-Z0-9_-]{2,30}$'),
    name_vi         text NOT NULL CHECK (length(name_vi) BETWEEN 1 AND 300),
    name_en         text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 300),
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    UNIQUE (jurisdiction_id, code),
    FOREIGN KEY (jurisdiction_id, office_id) REFERENCES office (jurisdiction_id, id)
);
CREATE INDEX leadership_body_office ON leadership_body (office_id);

CREATE TABLE unit (
    id              uuid PRIMARY KEY,
    jurisdiction_id uuid NOT NULL REFERENCES jurisdiction (id),
    code            text NOT NULL CHECK (code ~ '^[A-Z0-9_-]{2,30}$'),
    name            text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 300),
    kind            text NOT NULL CHECK (kind IN ('DEPARTMENT', 'DISTRICT', 'COMMUNE', 'WARD', 'SPECIAL_ZONE', 'OTHER')),
    valid_from      date NOT NULL,
    valid_to        date,
    search_text     text GENERATED ALWAYS AS (search_normalize(code || ' ' || name)) STORED,
    version         bigint NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    UNIQUE (jurisdiction_id, code),
    UNIQUE (jurisdiction_id, id),
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX unit_search_trgm ON unit USING gin (search_text gin_trgm_ops);
CREATE INDEX unit_jurisdiction_updated ON unit (jurisdiction_id, updated_at);

CREATE TABLE app_user (
    id              uuid PRIMARY KEY,
    jurisdiction_id uuid REFERENCES jurisdiction (id),
    username        text NOT NULL CHECK (username ~ '^[a-z0-9._-]{3,60}$'),
    full_name       text NOT NULL CHECK (length(full_name) BETWEEN 1 AND 200),
    password_hash   text NOT NULL,
    role            text NOT NULL CHECK (role IN ('SPECIALIST', 'OFFICE_LEADER', 'CHIEF_OF_OFFICE', 'UNIT_OFFICER', 'SYSTEM_ADMIN')),
    office_id       uuid,
    unit_id         uuid,
    active          boolean NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    FOREIGN KEY (jurisdiction_id, office_id) REFERENCES office (jurisdiction_id, id),
    FOREIGN KEY (jurisdiction_id, unit_id) REFERENCES unit (jurisdiction_id, id),
    -- Office roles belong to an office, unit officers to a unit; a system admin to neither.
    CHECK (
        (role IN ('SPECIALIST', 'OFFICE_LEADER', 'CHIEF_OF_OFFICE') AND office_id IS NOT NULL AND unit_id IS NULL AND jurisdiction_id IS NOT NULL)
     OR (role = 'UNIT_OFFICER' AND unit_id IS NOT NULL AND office_id IS NULL AND jurisdiction_id IS NOT NULL)
     OR (role = 'SYSTEM_ADMIN' AND office_id IS NULL AND unit_id IS NULL AND jurisdiction_id IS NOT NULL)
    )
);
CREATE UNIQUE INDEX app_user_username ON app_user (username);
