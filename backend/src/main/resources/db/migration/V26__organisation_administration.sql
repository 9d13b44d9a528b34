-- Organisation administration (issue 18, point 2): jurisdictions, offices, leadership bodies, leaders and units are
-- created, changed and deactivated through the API.
--
-- Nothing is deleted: calendar items, meetings, tasks and petitions point at these rows. A deactivated row (active =
-- false) is no longer offered for new items; old items keep showing it. Every row an administrator edits has a version
-- (ETag / If-Match).
ALTER TABLE jurisdiction ADD COLUMN active boolean NOT NULL DEFAULT true;
ALTER TABLE jurisdiction ADD COLUMN version bigint NOT NULL DEFAULT 0;

ALTER TABLE office ADD COLUMN active boolean NOT NULL DEFAULT true;
ALTER TABLE office ADD COLUMN version bigint NOT NULL DEFAULT 0;

ALTER TABLE leadership_body ADD COLUMN active boolean NOT NULL DEFAULT true;
ALTER TABLE leadership_body ADD COLUMN version bigint NOT NULL DEFAULT 0;

ALTER TABLE leader ADD COLUMN version bigint NOT NULL DEFAULT 0;

-- A unit merged into another (sáp nhập) ends the day before the merger takes effect and names its successor; its open
-- work moved to the successor in the same transaction. `active` is the administrator's switch (a unit entered by
-- mistake), apart from the validity dates of the real unit.
ALTER TABLE unit ADD COLUMN active boolean NOT NULL DEFAULT true;
ALTER TABLE unit ADD COLUMN successor_unit_id uuid;
ALTER TABLE unit ADD CONSTRAINT unit_successor FOREIGN KEY (jurisdiction_id, successor_unit_id) REFERENCES unit (jurisdiction_id, id);
ALTER TABLE unit ADD CONSTRAINT unit_successor_not_itself CHECK (successor_unit_id IS NULL OR successor_unit_id <> id);
ALTER TABLE unit ADD CONSTRAINT unit_successor_after_end CHECK (successor_unit_id IS NULL OR valid_to IS NOT NULL);

-- A leader's positions over time (chức vụ): the title and the body they sit on, from validFrom to validTo (inclusive;
-- open while current). One current position per leader; when a leader moves post, the current one is closed the day
-- before the new one starts. leader.title_vi / title_en / body_id stay the current position's, so every existing read
-- keeps working; the calendar and meetings show the position held on the day of the item (leader_title_on).
CREATE TABLE leader_position (
    id              uuid PRIMARY KEY,
    jurisdiction_id uuid NOT NULL REFERENCES jurisdiction (id),
    leader_id       uuid NOT NULL,
    body_id         uuid,
    title_vi        text NOT NULL CHECK (length(btrim(title_vi)) BETWEEN 1 AND 300),
    title_en        text NOT NULL CHECK (length(btrim(title_en)) BETWEEN 1 AND 300),
    valid_from      date NOT NULL,
    valid_to        date,
    created_at      timestamptz NOT NULL,
    FOREIGN KEY (jurisdiction_id, leader_id) REFERENCES leader (jurisdiction_id, id),
    FOREIGN KEY (jurisdiction_id, body_id) REFERENCES leadership_body (jurisdiction_id, id),
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE UNIQUE INDEX leader_position_current ON leader_position (leader_id) WHERE valid_to IS NULL;
CREATE INDEX leader_position_leader ON leader_position (leader_id, valid_from);

-- Every existing leader holds their current title from the day the row was made.
INSERT INTO leader_position (id, jurisdiction_id, leader_id, body_id, title_vi, title_en, valid_from, created_at)
SELECT gen_random_uuid(), l.jurisdiction_id, l.id, l.body_id, l.title_vi, l.title_en, (l.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, l.created_at
FROM leader l;

-- A leader made by any path (the API, the demo data, a test's fixtures) starts with one position: their title, from the
-- day the row was made (the API then sets the day the leader took the post).
CREATE FUNCTION leader_first_position() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO leader_position (id, jurisdiction_id, leader_id, body_id, title_vi, title_en, valid_from, created_at)
    VALUES (gen_random_uuid(), NEW.jurisdiction_id, NEW.id, NEW.body_id, NEW.title_vi, NEW.title_en,
            (NEW.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, NEW.created_at);
    RETURN NEW;
END $$;
CREATE TRIGGER leader_first_position AFTER INSERT ON leader FOR EACH ROW EXECUTE FUNCTION leader_first_position();

-- The title a leader held on a day: the position that had started by then (the latest such), else their first recorded
-- one (an item dated before the leader's history begins shows the first known title). NULL for a leader without history.
CREATE FUNCTION leader_title_on(p_leader uuid, p_day date) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
        SELECT title_vi FROM leader_position WHERE leader_id = p_leader
        ORDER BY valid_from <= p_day DESC, CASE WHEN valid_from <= p_day THEN valid_from END DESC, valid_from
        LIMIT 1
    $$;

-- A body's calendar is named after the body ("Lịch công tác <body>"): it follows a rename.
CREATE FUNCTION calendar_follows_body_name() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE calendar SET name_vi = 'Lịch công tác ' || NEW.name_vi, name_en = 'Work calendar: ' || NEW.name_en, updated_at = NEW.updated_at
    WHERE body_id = NEW.id;
    RETURN NEW;
END $$;
CREATE TRIGGER leadership_body_calendar_name AFTER UPDATE OF name_vi, name_en ON leadership_body
    FOR EACH ROW WHEN (OLD.name_vi IS DISTINCT FROM NEW.name_vi OR OLD.name_en IS DISTINCT FROM NEW.name_en)
    EXECUTE FUNCTION calendar_follows_body_name();
