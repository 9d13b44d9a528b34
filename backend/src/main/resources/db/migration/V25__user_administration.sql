-- User administration (issue 18, points 1 and 3): accounts are created, edited, deactivated and reactivated through
-- the API (never deleted: the audit trail points at them), with a version for If-Match, contact details, a search text
-- that ignores diacritics, and a one-time password that must be changed at first login.
ALTER TABLE app_user
    ADD COLUMN email                    text CHECK (email IS NULL OR length(email) BETWEEN 3 AND 200),
    ADD COLUMN phone                    text CHECK (phone IS NULL OR length(phone) BETWEEN 3 AND 40),
    ADD COLUMN version                  bigint NOT NULL DEFAULT 0,
    -- set by the bootstrap, a creation and a password reset (a one-time password); cleared by the user's own change
    ADD COLUMN password_change_required boolean NOT NULL DEFAULT false,
    ADD COLUMN password_changed_at      timestamptz,
    ADD COLUMN deactivated_at           timestamptz,
    ADD COLUMN search_text              text GENERATED ALWAYS AS (search_normalize(username || ' ' || full_name || ' ' || coalesce(email, ''))) STORED;

CREATE INDEX app_user_jurisdiction_office ON app_user (jurisdiction_id, office_id);
CREATE INDEX app_user_search_trgm ON app_user USING gin (search_text gin_trgm_ops);
-- the last active system administrator of a jurisdiction is never deactivated (checked under a lock of these rows)
CREATE INDEX app_user_active_admins ON app_user (jurisdiction_id) WHERE role = 'SYSTEM_ADMIN' AND active;

-- The hashes (bcrypt) of the passwords each account has had, newest last: a new password may not be one of the last 5.
CREATE TABLE password_history (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id       uuid NOT NULL REFERENCES app_user (id),
    password_hash text NOT NULL,
    created_at    timestamptz NOT NULL
);
CREATE INDEX password_history_user ON password_history (user_id, id DESC);
