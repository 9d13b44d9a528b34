-- Machine clients become an administered resource (issue 18.5): a version for If-Match, the time of the last change,
-- search by id and name, and a token generation. Every access token of a client carries the generation it was issued
-- under; rotating the secret, deactivating the client or changing its scopes moves the generation on, so tokens issued
-- before stop working at once instead of living out their 15 minutes.
ALTER TABLE machine_client
    ADD COLUMN version           bigint      NOT NULL DEFAULT 0,
    ADD COLUMN updated_at        timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN token_generation  integer     NOT NULL DEFAULT 0,
    ADD COLUMN secret_rotated_at timestamptz,
    ADD COLUMN search_text       text GENERATED ALWAYS AS (search_normalize(client_id || ' ' || name)) STORED;

UPDATE machine_client SET updated_at = created_at;

ALTER TABLE machine_client ADD CONSTRAINT machine_client_has_scopes CHECK (cardinality(scopes) >= 1);
ALTER TABLE machine_client ADD CONSTRAINT machine_client_name_length CHECK (char_length(name) BETWEEN 1 AND 200);

CREATE INDEX machine_client_by_jurisdiction ON machine_client (jurisdiction_id, client_id);
