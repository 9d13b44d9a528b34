-- Issue 27: clashes across programme kinds, venues that match however they are typed, invitations with a mailto: organizer.

-- A venue as it is compared: without diacritics, lower case, every run of whitespace and punctuation one space, trimmed.
-- "Hội trường  Thành ủy", "hoi truong thanh uy." and "Hội trường - Thành ủy" are one venue.
CREATE FUNCTION venue_normalize(input text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT nullif(btrim(regexp_replace(search_normalize(input), '[[:space:][:punct:]–—‘’“”…·•]+', ' ', 'g')), '') $$;

-- The stored keys are recomputed (a generated column's expression cannot be altered in PostgreSQL 15: drop and add).
ALTER TABLE programme_item DROP COLUMN venue_key;
ALTER TABLE programme_item ADD COLUMN venue_key text GENERATED ALWAYS AS (venue_normalize(venue)) STORED;

-- An item may detail (chi tiết hóa) an item of a programme of a longer period: the week's conference details the month's.
-- The two are one activity and never clash with each other; the service checks the jurisdiction, the kinds and the overlap.
-- Removing the detailed item unlinks its details.
ALTER TABLE programme_item ADD COLUMN details_item_id uuid REFERENCES programme_item (id) ON DELETE SET NULL;
ALTER TABLE programme_item ADD CHECK (details_item_id IS DISTINCT FROM id);
CREATE INDEX programme_item_details ON programme_item (details_item_id) WHERE details_item_id IS NOT NULL;

-- The items an item details, nearest first: its linked item, that one's linked item, ... (at most three: week, month,
-- quarter, year). NULL for an item that details none (STRICT), so unlinked rows cost nothing.
CREATE FUNCTION programme_item_lineage(first uuid) RETURNS uuid[]
    LANGUAGE sql STABLE PARALLEL SAFE STRICT
    AS $$
    WITH RECURSIVE up (id, depth) AS (
        SELECT first, 1
        UNION ALL
        SELECT i.details_item_id, up.depth + 1 FROM up JOIN programme_item i ON i.id = up.id
        WHERE i.details_item_id IS NOT NULL AND up.depth < 4)
    SELECT array_agg(id ORDER BY depth) FROM up
    $$;

-- The office's e-mail address: the ORGANIZER (mailto:) of the .ics invitations of the meetings it hosts.
ALTER TABLE office ADD COLUMN email text CHECK (email IS NULL OR (length(email) <= 300 AND email ~ '^[^@\s:;,"<>]+@[^@\s:;,"<>]+\.[^@\s:;,"<>]+$'));
