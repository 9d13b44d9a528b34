-- E-portal intake (measured by `make bench`): a submission holds its office's number counter row locked from the moment
-- it takes the next number until it commits (numbers without gaps), so whatever runs in between limits how many
-- petitions one office can take per second. Writing the petition's search text into the two GIN indexes of
-- petition_text (trigrams and words) was most of that time. The text is now written before the number is taken:
--
-- 1. The search text no longer holds the number (it is not known yet); a search finds a petition by its number on
--    petition.number instead (Petitions.SEARCH_BY_NUMBER, the index petition_office_id_number_key).
-- 2. The reference from petition_text to petition may be checked at commit, so the text can be written first.
-- 3. The trigger writes the text only when it was not written already (anything that inserts petitions without
--    writing their text first still gets it).

CREATE FUNCTION petition_search_text(subject text, content text, contested_act text, addressed_to text) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT search_normalize(subject || ' ' || content || ' ' || coalesce(contested_act, '') || ' ' || coalesce(addressed_to, '')) $$;

CREATE OR REPLACE FUNCTION petition_search_text(p petition) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT petition_search_text(p.subject, p.content, p.contested_act, p.addressed_to) $$;

ALTER TABLE petition_text ALTER CONSTRAINT petition_text_petition_id_fkey DEFERRABLE INITIALLY IMMEDIATE;

CREATE OR REPLACE FUNCTION petition_text_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NOT EXISTS (SELECT FROM petition_text WHERE office_id = NEW.office_id AND petition_id = NEW.id) THEN
            INSERT INTO petition_text (office_id, petition_id, search_text) VALUES (NEW.office_id, NEW.id, petition_search_text(NEW));
        END IF;
    ELSE
        INSERT INTO petition_text (office_id, petition_id, search_text) VALUES (NEW.office_id, NEW.id, petition_search_text(NEW))
        ON CONFLICT (office_id, petition_id) DO UPDATE SET search_text = EXCLUDED.search_text;
    END IF;
    RETURN NULL;
END $$;
DROP TRIGGER petition_text_sync ON petition;
CREATE TRIGGER petition_text_sync AFTER INSERT OR UPDATE OF subject, content, contested_act, addressed_to ON petition
    FOR EACH ROW EXECUTE FUNCTION petition_text_sync();

UPDATE petition_text t SET search_text = petition_search_text(p) FROM petition p WHERE p.id = t.petition_id AND p.office_id = t.office_id;
