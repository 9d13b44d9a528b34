-- The petition statistics at national scale: instead of counting every petition and document of the period on each
-- request (29,388 petitions and 35,000 documents for one jurisdiction-year at 10 million petitions, ~45 ms of SQL), the
-- figures are kept as petitions and documents change, per receiving office, addressed body, kind, channel and month
-- (span MONTH) or day (span DAY). A period reads the months it covers whole and the days at its edges: a year is about
-- 3,300 rows instead of 29,388 petitions. Only "overdue" depends on the day it is measured: it is counted from the
-- open petitions whose due date has passed, through the partial index petition_overdue below.
--
-- A petition's change is appended to petition_tally_change, which locks nothing shared, and folded into petition_tally
-- every few seconds (PetitionTallyFold); the statistics read both. Measured at 10 million petitions (make bench): when
-- every e-portal submission updated today's tally rows of its office, kind and channel directly, it held them until
-- commit behind the office's number counter, and the intake fell from 544 to 382 petitions/s.

-- What one petition adds to the figures (1 or 0 each); the one definition for the triggers and the rebuild.
CREATE FUNCTION petition_figures(p petition)
    RETURNS TABLE (received int, eligible int, not_eligible int, unclassified int, awaiting int, accepted int, in_resolution int,
                   forwarded int, guided int, filed int, resolved int, resolved_on_time int, resolved_late int, first_on_time int,
                   first_late int, crowd int)
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT 1, (p.eligible IS TRUE)::int, (p.eligible IS FALSE)::int, (p.eligible IS NULL)::int,
           (p.status = 'RECEIVED')::int, (p.status IN ('ACCEPTED', 'RESOLVED'))::int, (p.status = 'ACCEPTED')::int,
           (p.status = 'FORWARDED')::int, (p.status = 'GUIDED')::int, (p.status = 'FILED')::int, (p.status = 'RESOLVED')::int,
           (p.status = 'RESOLVED' AND NOT coalesce(p.resolved_on > p.resolution_due_on, false))::int,
           (p.status = 'RESOLVED' AND coalesce(p.resolved_on > p.resolution_due_on, false))::int,
           (p.handled_on IS NOT NULL AND NOT coalesce(p.handled_on > p.first_due_on, false))::int,
           coalesce(p.handled_on > p.first_due_on, false)::int,
           p.crowd::int
$$;

CREATE TABLE petition_tally (
    jurisdiction_id  uuid NOT NULL,
    span             text NOT NULL CHECK (span IN ('DAY', 'MONTH')),
    starts_on        date NOT NULL,
    office_id        uuid NOT NULL,
    body_id          uuid,
    kind             text NOT NULL,
    channel          text NOT NULL,
    received         int NOT NULL,
    eligible         int NOT NULL,
    not_eligible     int NOT NULL,
    unclassified     int NOT NULL,
    awaiting         int NOT NULL,
    accepted         int NOT NULL,
    in_resolution    int NOT NULL,
    forwarded        int NOT NULL,
    guided           int NOT NULL,
    filed            int NOT NULL,
    resolved         int NOT NULL,
    resolved_on_time int NOT NULL,
    resolved_late    int NOT NULL,
    first_on_time    int NOT NULL,
    first_late       int NOT NULL,
    crowd            int NOT NULL,
    CONSTRAINT petition_tally_group UNIQUE NULLS NOT DISTINCT (jurisdiction_id, span, starts_on, office_id, body_id, kind, channel)
) WITH (fillfactor = 80); -- room on each page for the new versions of its rows (HOT updates)

-- The changes not folded into the tally yet (appended by the trigger below, read by the statistics too).
CREATE TABLE petition_tally_change (
    jurisdiction_id  uuid NOT NULL,
    received_on      date NOT NULL,
    office_id        uuid NOT NULL,
    body_id          uuid,
    kind             text NOT NULL,
    channel          text NOT NULL,
    received         int NOT NULL,
    eligible         int NOT NULL,
    not_eligible     int NOT NULL,
    unclassified     int NOT NULL,
    awaiting         int NOT NULL,
    accepted         int NOT NULL,
    in_resolution    int NOT NULL,
    forwarded        int NOT NULL,
    guided           int NOT NULL,
    filed            int NOT NULL,
    resolved         int NOT NULL,
    resolved_on_time int NOT NULL,
    resolved_late    int NOT NULL,
    first_on_time    int NOT NULL,
    first_late       int NOT NULL,
    crowd            int NOT NULL
);
CREATE INDEX petition_tally_change_period ON petition_tally_change (jurisdiction_id, received_on);

-- A petition's figures, times sign (1 or -1), as a change to fold. In PL/pgSQL, whose statements keep their plan for
-- the session: as an SQL function the INSERT was planned again for every petition (a fifth of the intake's time).
CREATE FUNCTION petition_tally_add(p petition, sign int) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO petition_tally_change (jurisdiction_id, received_on, office_id, body_id, kind, channel, received, eligible, not_eligible,
                                       unclassified, awaiting, accepted, in_resolution, forwarded, guided, filed, resolved, resolved_on_time,
                                       resolved_late, first_on_time, first_late, crowd)
    SELECT p.jurisdiction_id, p.received_on, p.office_id, p.addressed_body_id, p.kind, p.channel,
           sign * f.received, sign * f.eligible, sign * f.not_eligible, sign * f.unclassified, sign * f.awaiting, sign * f.accepted,
           sign * f.in_resolution, sign * f.forwarded, sign * f.guided, sign * f.filed, sign * f.resolved, sign * f.resolved_on_time,
           sign * f.resolved_late, sign * f.first_on_time, sign * f.first_late, sign * f.crowd
    FROM petition_figures(p) f;
END $$;

-- A change takes the old figures out and puts the new ones in.
CREATE FUNCTION petition_tally_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM petition_tally_add(OLD, -1);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        PERFORM petition_tally_add(NEW, 1);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER petition_tally_insert_delete AFTER INSERT OR DELETE ON petition
    FOR EACH ROW EXECUTE FUNCTION petition_tally_follow();
CREATE TRIGGER petition_tally_update AFTER UPDATE OF jurisdiction_id, office_id, addressed_body_id, kind, channel, received_on, status, eligible,
    first_due_on, handled_on, resolution_due_on, resolved_on, petitioner_count ON petition
    FOR EACH ROW
    WHEN ((OLD.jurisdiction_id, OLD.office_id, OLD.addressed_body_id, OLD.kind, OLD.channel, OLD.received_on, OLD.status, OLD.eligible,
           OLD.first_due_on, OLD.handled_on, OLD.resolution_due_on, OLD.resolved_on, OLD.crowd)
          IS DISTINCT FROM (NEW.jurisdiction_id, NEW.office_id, NEW.addressed_body_id, NEW.kind, NEW.channel, NEW.received_on, NEW.status,
           NEW.eligible, NEW.first_due_on, NEW.handled_on, NEW.resolution_due_on, NEW.resolved_on, NEW.crowd))
    EXECUTE FUNCTION petition_tally_follow();

-- Moves the changes into the tally's days and months, in one transaction (a statement sees them either still as
-- changes or already folded, never both), the rows in the order of their key (two folds at once wait for each other
-- instead of deadlocking). Returns the tally rows written.
CREATE FUNCTION petition_tally_fold() RETURNS int LANGUAGE sql AS $$
    WITH moved AS (DELETE FROM petition_tally_change RETURNING *),
    grouped AS (
        SELECT m.jurisdiction_id, s.span, s.starts_on, m.office_id, m.body_id, m.kind, m.channel,
               sum(m.received) AS received, sum(m.eligible) AS eligible, sum(m.not_eligible) AS not_eligible, sum(m.unclassified) AS unclassified,
               sum(m.awaiting) AS awaiting, sum(m.accepted) AS accepted, sum(m.in_resolution) AS in_resolution, sum(m.forwarded) AS forwarded,
               sum(m.guided) AS guided, sum(m.filed) AS filed, sum(m.resolved) AS resolved, sum(m.resolved_on_time) AS resolved_on_time,
               sum(m.resolved_late) AS resolved_late, sum(m.first_on_time) AS first_on_time, sum(m.first_late) AS first_late, sum(m.crowd) AS crowd
        FROM moved m
        CROSS JOIN LATERAL (VALUES ('DAY', m.received_on), ('MONTH', date_trunc('month', m.received_on::timestamp)::date)) s(span, starts_on)
        GROUP BY m.jurisdiction_id, s.span, s.starts_on, m.office_id, m.body_id, m.kind, m.channel),
    written AS (
        INSERT INTO petition_tally AS t (jurisdiction_id, span, starts_on, office_id, body_id, kind, channel, received, eligible, not_eligible,
                                         unclassified, awaiting, accepted, in_resolution, forwarded, guided, filed, resolved, resolved_on_time,
                                         resolved_late, first_on_time, first_late, crowd)
        SELECT g.jurisdiction_id, g.span, g.starts_on, g.office_id, g.body_id, g.kind, g.channel, g.received, g.eligible, g.not_eligible,
               g.unclassified, g.awaiting, g.accepted, g.in_resolution, g.forwarded, g.guided, g.filed, g.resolved, g.resolved_on_time,
               g.resolved_late, g.first_on_time, g.first_late, g.crowd
        FROM grouped g
        ORDER BY g.jurisdiction_id, g.span, g.starts_on, g.office_id, g.body_id, g.kind, g.channel
        ON CONFLICT ON CONSTRAINT petition_tally_group DO UPDATE SET
            received = t.received + EXCLUDED.received, eligible = t.eligible + EXCLUDED.eligible,
            not_eligible = t.not_eligible + EXCLUDED.not_eligible, unclassified = t.unclassified + EXCLUDED.unclassified,
            awaiting = t.awaiting + EXCLUDED.awaiting, accepted = t.accepted + EXCLUDED.accepted,
            in_resolution = t.in_resolution + EXCLUDED.in_resolution, forwarded = t.forwarded + EXCLUDED.forwarded,
            guided = t.guided + EXCLUDED.guided, filed = t.filed + EXCLUDED.filed, resolved = t.resolved + EXCLUDED.resolved,
            resolved_on_time = t.resolved_on_time + EXCLUDED.resolved_on_time, resolved_late = t.resolved_late + EXCLUDED.resolved_late,
            first_on_time = t.first_on_time + EXCLUDED.first_on_time, first_late = t.first_late + EXCLUDED.first_late,
            crowd = t.crowd + EXCLUDED.crowd
        RETURNING 1)
    SELECT count(*)::int FROM written
$$;

-- The handling documents, per issuing office, kind and the body their petition is addressed to, by day and month of issue.
CREATE TABLE petition_document_tally (
    jurisdiction_id  uuid NOT NULL,
    span             text NOT NULL CHECK (span IN ('DAY', 'MONTH')),
    starts_on        date NOT NULL,
    office_id        uuid NOT NULL,
    kind             text NOT NULL,
    body_id          uuid,
    documents        int NOT NULL,
    CONSTRAINT petition_document_tally_group UNIQUE NULLS NOT DISTINCT (jurisdiction_id, span, starts_on, office_id, kind, body_id)
) WITH (fillfactor = 80);

CREATE FUNCTION petition_document_tally_add(d petition_document, sign int) RETURNS void LANGUAGE sql AS $$
    INSERT INTO petition_document_tally AS t (jurisdiction_id, span, starts_on, office_id, kind, body_id, documents)
    SELECT o.jurisdiction_id, s.span, s.starts_on, d.office_id, d.kind, d.addressed_body_id, sign
    FROM office o
    CROSS JOIN (VALUES ('DAY', d.issued_on), ('MONTH', date_trunc('month', d.issued_on)::date)) s(span, starts_on)
    WHERE o.id = d.office_id
    ORDER BY s.span
    ON CONFLICT ON CONSTRAINT petition_document_tally_group DO UPDATE SET documents = t.documents + EXCLUDED.documents
$$;

CREATE FUNCTION petition_document_tally_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM petition_document_tally_add(NEW, 1);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM petition_document_tally_add(OLD, -1);
    ELSIF (OLD.issued_on, OLD.office_id::text, OLD.kind, coalesce(OLD.addressed_body_id::text, ''))
          <= (NEW.issued_on, NEW.office_id::text, NEW.kind, coalesce(NEW.addressed_body_id::text, '')) THEN
        PERFORM petition_document_tally_add(OLD, -1);
        PERFORM petition_document_tally_add(NEW, 1);
    ELSE
        PERFORM petition_document_tally_add(NEW, 1);
        PERFORM petition_document_tally_add(OLD, -1);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER petition_document_tally_insert_delete AFTER INSERT OR DELETE ON petition_document
    FOR EACH ROW EXECUTE FUNCTION petition_document_tally_follow();
CREATE TRIGGER petition_document_tally_update AFTER UPDATE OF office_id, kind, issued_on, addressed_body_id ON petition_document
    FOR EACH ROW
    WHEN ((OLD.office_id, OLD.kind, OLD.issued_on, OLD.addressed_body_id) IS DISTINCT FROM (NEW.office_id, NEW.kind, NEW.issued_on, NEW.addressed_body_id))
    EXECUTE FUNCTION petition_document_tally_follow();

-- Both tallies from scratch, set-based (this migration; the benchmark after its bulk load, with the triggers disabled),
-- in the order of their key, so that a period's rows lie on few pages.
CREATE FUNCTION petition_tallies_rebuild() RETURNS void LANGUAGE sql AS $$
    DELETE FROM petition_tally_change;
    DELETE FROM petition_tally;
    INSERT INTO petition_tally (jurisdiction_id, span, starts_on, office_id, body_id, kind, channel, received, eligible, not_eligible,
                                unclassified, awaiting, accepted, in_resolution, forwarded, guided, filed, resolved, resolved_on_time,
                                resolved_late, first_on_time, first_late, crowd)
    SELECT p.jurisdiction_id, s.span, s.starts_on, p.office_id, p.addressed_body_id, p.kind, p.channel,
           sum(f.received), sum(f.eligible), sum(f.not_eligible), sum(f.unclassified), sum(f.awaiting), sum(f.accepted), sum(f.in_resolution),
           sum(f.forwarded), sum(f.guided), sum(f.filed), sum(f.resolved), sum(f.resolved_on_time), sum(f.resolved_late), sum(f.first_on_time),
           sum(f.first_late), sum(f.crowd)
    FROM petition p
    CROSS JOIN LATERAL petition_figures(p) f
    CROSS JOIN LATERAL (VALUES ('DAY', p.received_on), ('MONTH', date_trunc('month', p.received_on)::date)) s(span, starts_on)
    GROUP BY p.jurisdiction_id, s.span, s.starts_on, p.office_id, p.addressed_body_id, p.kind, p.channel
    ORDER BY p.jurisdiction_id, s.span, s.starts_on;
    DELETE FROM petition_document_tally;
    INSERT INTO petition_document_tally (jurisdiction_id, span, starts_on, office_id, kind, body_id, documents)
    SELECT o.jurisdiction_id, s.span, s.starts_on, d.office_id, d.kind, d.addressed_body_id, count(*)
    FROM petition_document d
    JOIN office o ON o.id = d.office_id
    CROSS JOIN LATERAL (VALUES ('DAY', d.issued_on), ('MONTH', date_trunc('month', d.issued_on)::date)) s(span, starts_on)
    GROUP BY o.jurisdiction_id, s.span, s.starts_on, d.office_id, d.kind, d.addressed_body_id
    ORDER BY o.jurisdiction_id, s.span, s.starts_on;
$$;
SELECT petition_tallies_rebuild();

-- Overdue today: the open petitions whose due date has passed, by due date, so a current year's petitions that are not
-- due yet are never read (an index by date of receipt read every open petition of the period: 141,000 in HN's current
-- year after the intake benchmark, for 4,000 overdue). The columns of petition_due() are included so the count is read
-- from the index alone.
CREATE INDEX petition_overdue ON petition (jurisdiction_id, petition_due(status, first_due_on, resolution_due_on))
    INCLUDE (received_on, office_id, addressed_body_id, kind, channel, status, first_due_on, resolution_due_on)
    WHERE status IN ('RECEIVED', 'ACCEPTED');
-- The covering index of every petition the statistics read until now: no query needs it any more.
DROP INDEX petition_statistics;
