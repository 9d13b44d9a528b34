-- Petitions at national scale (10 million rows, about 300,000 per jurisdiction): the worklist, the search and the
-- statistics each read one small range instead of a national index (measured by `make bench`).

-- The due date of an open petition: the first step while received, the resolution once accepted; none otherwise.
-- One definition for the Java queries (Petitions.DUE), the indexes and the triggers below.
CREATE FUNCTION petition_due(status text, first_due_on date, resolution_due_on date) RETURNS date
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT CASE status WHEN 'RECEIVED' THEN first_due_on WHEN 'ACCEPTED' THEN resolution_due_on END $$;

-- An office's open petitions by due date (the office-wide worklist); the old index was on another expression.
DROP INDEX petition_due;
CREATE INDEX petition_open_due ON petition (office_id, petition_due(status, first_due_on, resolution_due_on), id)
    WHERE status IN ('RECEIVED', 'ACCEPTED');

-- 1. The specialist's worklist (mine, open, by due date): each assignment carries its petition's office, whether it is
--    open and its due date, kept by the triggers below, so the worklist and its count are one range of one index.
ALTER TABLE petition_handler
    ADD COLUMN office_id uuid,
    ADD COLUMN open      boolean NOT NULL DEFAULT false,
    ADD COLUMN due_on    date;
UPDATE petition_handler h
SET office_id = p.office_id, open = p.status IN ('RECEIVED', 'ACCEPTED'), due_on = petition_due(p.status, p.first_due_on, p.resolution_due_on)
FROM petition p
WHERE p.id = h.petition_id;
ALTER TABLE petition_handler ALTER COLUMN office_id SET NOT NULL;
CREATE INDEX petition_handler_worklist ON petition_handler (user_id, office_id, due_on, petition_id) WHERE open;

CREATE FUNCTION petition_handler_fill() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT p.office_id, p.status IN ('RECEIVED', 'ACCEPTED'), petition_due(p.status, p.first_due_on, p.resolution_due_on)
    INTO NEW.office_id, NEW.open, NEW.due_on
    FROM petition p WHERE p.id = NEW.petition_id;
    RETURN NEW;
END $$;
CREATE TRIGGER petition_handler_fill BEFORE INSERT OR UPDATE OF petition_id ON petition_handler
    FOR EACH ROW EXECUTE FUNCTION petition_handler_fill();

CREATE FUNCTION petition_handler_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE petition_handler
    SET open = NEW.status IN ('RECEIVED', 'ACCEPTED'), due_on = petition_due(NEW.status, NEW.first_due_on, NEW.resolution_due_on)
    WHERE petition_id = NEW.id;
    RETURN NULL;
END $$;
CREATE TRIGGER petition_handler_follow AFTER UPDATE OF status, first_due_on, resolution_due_on ON petition
    FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.first_due_on IS DISTINCT FROM NEW.first_due_on
          OR OLD.resolution_due_on IS DISTINCT FROM NEW.resolution_due_on)
    EXECUTE FUNCTION petition_handler_follow();

-- 2. The search text (without diacritics) moves to its own table, hash-partitioned by the receiving office: a search,
--    always within one office, reads the trigram index of one partition (an office or two) instead of one index over
--    every petition in the country; the duplicate check compares within the office the same way.
CREATE TABLE petition_text (
    office_id    uuid NOT NULL,
    petition_id  uuid NOT NULL REFERENCES petition (id) ON DELETE CASCADE,
    search_text  text NOT NULL,
    PRIMARY KEY (office_id, petition_id)
) PARTITION BY HASH (office_id);
DO $$
BEGIN
    FOR i IN 0..63 LOOP
        EXECUTE format('CREATE TABLE petition_text_%s PARTITION OF petition_text FOR VALUES WITH (MODULUS 64, REMAINDER %s)', i, i);
    END LOOP;
END $$;
INSERT INTO petition_text (office_id, petition_id, search_text) SELECT office_id, id, search_text FROM petition;
CREATE INDEX petition_text_search ON petition_text USING gin (search_text gin_trgm_ops);
ALTER TABLE petition DROP COLUMN search_text;

-- What a search reads of a petition: its number, subject, content, the act contested and the authority addressed.
CREATE FUNCTION petition_search_text(p petition) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT search_normalize(p.number || ' ' || p.subject || ' ' || p.content || ' ' || coalesce(p.contested_act, '') || ' ' || coalesce(p.addressed_to, '')) $$;

-- A petition's office never changes; its text does only through these columns.
CREATE FUNCTION petition_text_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO petition_text (office_id, petition_id, search_text) VALUES (NEW.office_id, NEW.id, petition_search_text(NEW))
    ON CONFLICT (office_id, petition_id) DO UPDATE SET search_text = EXCLUDED.search_text;
    RETURN NULL;
END $$;
CREATE TRIGGER petition_text_sync AFTER INSERT OR UPDATE OF number, subject, content, contested_act, addressed_to ON petition
    FOR EACH ROW EXECUTE FUNCTION petition_text_sync();

-- 3. Statistics: a handling document carries the body its petition is addressed to, so the documents of a period are
--    counted from one index range without looking up each document's petition.
ALTER TABLE petition_document ADD COLUMN addressed_body_id uuid;
UPDATE petition_document d SET addressed_body_id = p.addressed_body_id FROM petition p WHERE p.id = d.petition_id AND p.addressed_body_id IS NOT NULL;
DROP INDEX petition_document_office;
CREATE INDEX petition_document_office ON petition_document (office_id, issued_on) INCLUDE (kind, addressed_body_id);

CREATE FUNCTION petition_document_fill() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.addressed_body_id := (SELECT p.addressed_body_id FROM petition p WHERE p.id = NEW.petition_id);
    RETURN NEW;
END $$;
CREATE TRIGGER petition_document_fill BEFORE INSERT OR UPDATE OF petition_id ON petition_document
    FOR EACH ROW EXECUTE FUNCTION petition_document_fill();

CREATE FUNCTION petition_document_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE petition_document SET addressed_body_id = NEW.addressed_body_id WHERE petition_id = NEW.id;
    RETURN NULL;
END $$;
CREATE TRIGGER petition_document_follow AFTER UPDATE OF addressed_body_id ON petition
    FOR EACH ROW WHEN (OLD.addressed_body_id IS DISTINCT FROM NEW.addressed_body_id)
    EXECUTE FUNCTION petition_document_follow();

-- 4. E-portal intake: a submission writes its petitioners and first event before it takes the office's next number, so
--    the counter row stays locked only for the petition's own row and the commit (SET CONSTRAINTS ... DEFERRED there).
ALTER TABLE petitioner ALTER CONSTRAINT petitioner_petition_id_fkey DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE petition_event ALTER CONSTRAINT petition_event_petition_id_fkey DEFERRABLE INITIALLY IMMEDIATE;
