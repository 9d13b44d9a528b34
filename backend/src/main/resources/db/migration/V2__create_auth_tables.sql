-- Refresh tokens are stored only as SHA-256 hashes; a family links the rotations of one login
-- so that reuse of a rotated token revokes the whole family.
CREATE TABLE refresh_token (
    id          uuid PRIMARY KEY,
    user_id     uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    family_id   uuid NOT NULL,
    token_hash  text NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz,
    revoked_at  timestamptz,
    CHECK (expires_at > created_at)
);
CREATE INDEX refresh_token_family ON refresh_token (family_id);
CREATE INDEX refresh_token_expires ON refresh_token (expires_at);

-- Failed logins per submitted username (whether or not it exists), for throttling.
CREATE TABLE login_throttle (
    username        text PRIMARY KEY,
    failures        integer NOT NULL CHECK (failures >= 0),
    window_started  timestamptz NOT NULL,
    locked_until    timestamptz
);

-- Machine clients (the city e-portal): their own credentials and scopes, never a person's account.
CREATE TABLE machine_client (
    id              uuid PRIMARY KEY,
    jurisdiction_id uuid NOT NULL REFERENCES jurisdiction (id),
    client_id       text NOT NULL UNIQUE CHECK (client_id ~ '^[a-z0-9._-]{3,60}$'),
    name            text NOT NULL,
    secret_hash     text NOT NULL,
    scopes          text[] NOT NULL CHECK (scopes <@ ARRAY['public:read', 'petitions:submit']::text[]),
    active          boolean NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL
);
