package vn.lienthong.support;

import java.util.UUID;

/**
 * The petitions of seed 000 (báo cáo sơ kết, 19/9/2024), from October 2022 to June 2024: the Party Committee Office
 * received, studied and advised on 979 petitions and forwarded 698 of them to the competent authorities (each with a
 * forwarding letter); the People's Council standing board (Thường trực HĐND) received and handled 1,454 and issued 281
 * handling documents; the NA delegation (Đoàn ĐBQH) received and handled 831 — the last two served by one office, the
 * NA Delegation and People's Council Office. Inserted by SQL in the given world, every petition dated 1/10/2022 –
 * 11/6/2024 and its documents issued by 26/6/2024, with two petitions per group that must not count (received
 * 30/9/2022 and 1/7/2024, their documents issued outside the period too). No petitioner rows: the statistics never
 * read an identity.
 *
 * <p>The Party Committee Office's 979 (i = 0 … 978): kind i % 4 (complaint, denunciation, recommendation, reflection),
 * channel i % 5 (post, in person, voter meeting, e-portal, transferred), received 1/10/2022 + (i % 620) days, due for
 * the first step 10 days later, handled 5 days after receipt (15, late, when i % 10 = 9), petitioner_count 7 (crowd)
 * when i % 50 = 0:
 * <ul>
 *   <li>i &lt; 698: FORWARDED, eligible, one FORWARDING_LETTER each;</li>
 *   <li>698 … 757: GUIDED, not eligible, a GUIDANCE_LETTER each (60);</li>
 *   <li>758 … 817: FILED, not eligible, a FILING_NOTE each (60);</li>
 *   <li>818 … 877: RESOLVED, eligible, an ACCEPTANCE_NOTICE and a RESOLUTION_DECISION each (60: late when i % 6 = 0,
 *       10 of them; 50 on time);</li>
 *   <li>878 … 917: ACCEPTED, eligible, an ACCEPTANCE_NOTICE each (40: the first 15 past their resolution due date);</li>
 *   <li>918 … 978: RECEIVED, not classified, past the first step's due date (61).</li>
 * </ul>
 * The People's Council standing board's 1,454: 200 FORWARDED with a forwarding letter, 50 GUIDED with a guidance letter,
 * 31 FILED with a filing note (the 281 documents), 1,100 FILED as duplicates without a document, 73 RECEIVED (overdue).
 * The NA delegation's 831: 600 FORWARDED with a forwarding letter, 231 FILED without a document.
 */
public final class Seed000Petitions {
    private Seed000Petitions() {
    }

    public static final String FROM = "2022-10-01";
    public static final String TO = "2024-06-30";

    public static final int PARTY_RECEIVED = 979;
    public static final int PARTY_FORWARDED = 698;
    public static final int PARTY_GUIDED = 60;
    public static final int PARTY_FILED = 60;
    public static final int PARTY_RESOLVED = 60;
    public static final int PARTY_RESOLVED_LATE = 10;
    public static final int PARTY_ACCEPTED_OPEN = 40;
    public static final int PARTY_ACCEPTED_OVERDUE = 15;
    public static final int PARTY_AWAITING = 61;
    public static final int PARTY_FIRST_STEP_LATE = 91;
    public static final int PARTY_CROWD = 20;
    /** 698 forwarding, 60 guidance, 60 filing, 100 acceptance, 60 resolution. */
    public static final int PARTY_DOCUMENTS = 698 + 60 + 60 + 100 + 60;

    public static final int COUNCIL_RECEIVED = 1_454;
    public static final int COUNCIL_DOCUMENTS = 281;
    public static final int COUNCIL_FORWARDED = 200;
    public static final int COUNCIL_AWAITING = 73;

    public static final int DELEGATION_RECEIVED = 831;
    public static final int DELEGATION_FORWARDED = 600;

    /**
     * The world, the NA Delegation and People's Council Office, its two bodies (the People's Council standing board and
     * the NA delegation), and the user recorded as the documents' issuer.
     */
    public record Petitions(Fixtures.World w, UUID naOffice, UUID peoplesCouncilBody, UUID naDelegationBody, UUID issuer) {
    }

    /** Creates the NA Delegation and People's Council Office (VPDDBQH-HDND) with its two bodies, then the petitions. */
    public static Petitions petitions(Fixtures fixtures, Fixtures.World w) {
        UUID office = UUID.randomUUID();
        fixtures.update("INSERT INTO office (id, jurisdiction_id, code, kind, name_vi, name_en, short_name, created_at, updated_at) VALUES (?, ?, 'VPDDBQH-HDND', "
                        + "'NA_DELEGATION_AND_PEOPLES_COUNCIL_OFFICE', 'Văn phòng Đoàn ĐBQH và HĐND tỉnh', 'Office of the NA Delegation and People''s Council', "
                        + "'VPĐĐBQH&HĐND', now(), now())", office, w.jurisdictionId());
        return petitions(fixtures, w, office);
    }

    /**
     * The petitions, in a world that already has the NA Delegation and People's Council Office: its bodies TTHDND and
     * DDBQH are reused when they exist, created otherwise.
     */
    public static Petitions petitions(Fixtures fixtures, Fixtures.World w, UUID naOffice) {
        UUID council = body(fixtures, w, naOffice, "TTHDND", "Thường trực HĐND tỉnh", "People's Council Standing Board");
        UUID delegation = body(fixtures, w, naOffice, "DDBQH", "Đoàn đại biểu Quốc hội tỉnh", "National Assembly Delegation");
        UUID issuer = fixtures.id("SELECT id FROM app_user WHERE username = ?", w.specialist());
        Petitions s = new Petitions(w, naOffice, council, delegation, issuer);
        UUID party = w.partyOffice();
        String received = "DATE '2022-10-01' + (i % 620)";

        // the Party Committee Office's 979
        insert(fixtures, s, "TU", 979, party, null, 0, received,
                "CASE WHEN i < 698 THEN 'FORWARDED' WHEN i < 758 THEN 'GUIDED' WHEN i < 818 THEN 'FILED' WHEN i < 878 THEN 'RESOLVED' "
                        + "WHEN i < 918 THEN 'ACCEPTED' ELSE 'RECEIVED' END");
        // the People's Council standing board's 1,454 and the NA delegation's 831
        insert(fixtures, s, "HDND", 1_454, naOffice, council, 1, received,
                "CASE WHEN i < 200 THEN 'FORWARDED' WHEN i < 250 THEN 'GUIDED' WHEN i < 1381 THEN 'FILED' ELSE 'RECEIVED' END");
        insert(fixtures, s, "DBQH", 831, naOffice, delegation, 2, received,
                "CASE WHEN i < 600 THEN 'FORWARDED' ELSE 'FILED' END");
        // must not count: just before and just after the period, handled (with their documents) outside it too
        String outside = "CASE WHEN i = 0 THEN DATE '2022-09-30' ELSE DATE '2024-07-01' END";
        insert(fixtures, s, "TU-NGOAI", 2, party, null, 0, outside, "'FORWARDED'");
        insert(fixtures, s, "HDND-NGOAI", 2, naOffice, council, 0, outside, "'FORWARDED'");
        insert(fixtures, s, "DBQH-NGOAI", 2, naOffice, delegation, 0, outside, "'FORWARDED'");
        fixtures.update("UPDATE petition SET handled_on = received_on + CASE WHEN received_on < DATE '2022-10-01' THEN 0 ELSE 2 END "
                + "WHERE jurisdiction_id = ? AND number LIKE '%-NGOAI-%'", w.jurisdictionId());

        // handling documents: the Party Committee Office's for every outcome; of the standing board's petitions, only
        // the 200 forwarded, 50 guided and the first 31 filed have one (281); the delegation's 600 forwarded have one
        documents(fixtures, s, "FORWARDING_LETTER", "p.status = 'FORWARDED'", "p.handled_on");
        documents(fixtures, s, "GUIDANCE_LETTER", "p.status = 'GUIDED'", "p.handled_on");
        documents(fixtures, s, "FILING_NOTE", "p.status = 'FILED' AND (p.number LIKE 'TU-%' OR (p.number LIKE 'HDND-%' AND p.seq < 281))", "p.handled_on");
        documents(fixtures, s, "ACCEPTANCE_NOTICE", "p.status IN ('ACCEPTED', 'RESOLVED')", "p.handled_on");
        documents(fixtures, s, "RESOLUTION_DECISION", "p.status = 'RESOLVED'", "p.resolved_on");
        return s;
    }

    private static UUID body(Fixtures fixtures, Fixtures.World w, UUID office, String code, String vi, String en) {
        if (fixtures.count("SELECT count(*) FROM leadership_body WHERE jurisdiction_id = ? AND code = ?", w.jurisdictionId(), code) > 0) {
            return fixtures.id("SELECT id FROM leadership_body WHERE jurisdiction_id = ? AND code = ?", w.jurisdictionId(), code);
        }
        UUID id = UUID.randomUUID();
        fixtures.update("INSERT INTO leadership_body (id, jurisdiction_id, office_id, code, name_vi, name_en, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, now(), now())", id, w.jurisdictionId(), office, code, vi, en);
        return id;
    }

    /**
     * One INSERT of `count` petitions from generate_series(0, count - 1) i, numbered tag-i. `received` and `status` are
     * SQL over i; kinds and channels cycle from `shift`. Eligible unless guided or filed (not eligible) or still
     * received (not classified); handled 5 days after receipt, 15 (late) when i % 10 = 9; resolution due 40 days after
     * receipt — for the open accepted ones after the first 15, a year from now —, resolved after 30 days, 50 (late) when
     * i % 6 = 0.
     */
    private static void insert(Fixtures fixtures, Petitions s, String tag, int count, UUID office, UUID body, int shift, String received, String status) {
        fixtures.update("""
                INSERT INTO petition (id, jurisdiction_id, office_id, number, kind, channel, received_on, subject, content, transferred_from, petitioner_count,
                                      status, tracking_code, eligible, ineligible_reason, classified_at, first_due_on, handled_on, resolution_due_on,
                                      resolution_max_on, resolved_on, addressed_body_id, created_at, updated_at)
                SELECT md5(?::text || ? || i)::uuid, ?, ?, ? || '-' || i, (ARRAY['COMPLAINT', 'DENUNCIATION', 'RECOMMENDATION', 'REFLECTION'])[(i + ?) % 4 + 1],
                       c.channel, d.r, 'Đề nghị xem xét quyền lợi của công dân (hồ sơ ' || ? || '-' || i || ')',
                       'Nội dung chi tiết của đơn ' || ? || '-' || i, CASE WHEN c.channel = 'TRANSFERRED' THEN 'Ban Tiếp công dân Trung ương' END,
                       CASE WHEN i % 50 = 0 THEN 7 ELSE 1 END, s.st,
                       CASE WHEN c.channel = 'E_PORTAL' THEN upper(substr(md5(?::text || 'code' || ? || i), 1, 12)) END,
                       CASE WHEN s.st IN ('GUIDED', 'FILED') THEN false WHEN s.st = 'RECEIVED' THEN NULL ELSE true END,
                       CASE s.st WHEN 'GUIDED' THEN 'OUTSIDE_COMPETENCE' WHEN 'FILED' THEN 'ALREADY_RESOLVED' END,
                       CASE WHEN s.st <> 'RECEIVED' THEN now() END,
                       d.r + 10,
                       CASE WHEN s.st <> 'RECEIVED' THEN d.r + CASE WHEN i % 10 = 9 THEN 15 ELSE 5 END END,
                       CASE WHEN s.st = 'RESOLVED' OR (s.st = 'ACCEPTED' AND i < 893) THEN d.r + 40 WHEN s.st = 'ACCEPTED' THEN CURRENT_DATE + 365 END,
                       CASE WHEN s.st IN ('ACCEPTED', 'RESOLVED') THEN d.r + 70 END,
                       CASE WHEN s.st = 'RESOLVED' THEN d.r + CASE WHEN i % 6 = 0 THEN 50 ELSE 30 END END,
                       CAST(? AS uuid), now(), now()
                FROM generate_series(0, ? - 1) i,
                     LATERAL (SELECT {RECEIVED} AS r) d,
                     LATERAL (SELECT (ARRAY['POST', 'IN_PERSON', 'VOTER_MEETING', 'E_PORTAL', 'TRANSFERRED'])[(i + ?) % 5 + 1] AS channel) c,
                     LATERAL (SELECT {STATUS} AS st) s""".replace("{RECEIVED}", received).replace("{STATUS}", status),
                s.w().jurisdictionId().toString(), tag, s.w().jurisdictionId(), office, tag, shift, tag, tag, s.w().jurisdictionId().toString(), tag,
                body, count, shift);
    }

    /** A document of `kind` for each petition of the world that matches `where` (over p, with p.seq its i), issued on `issuedOn`. */
    private static void documents(Fixtures fixtures, Petitions s, String kind, String where, String issuedOn) {
        fixtures.update("""
                INSERT INTO petition_document (id, petition_id, office_id, kind, number, issued_on, issued_by, issued_at)
                SELECT gen_random_uuid(), p.id, p.office_id, ?, p.number || '/' || ?, {ISSUED_ON}, ?, now()
                FROM (SELECT p.*, CASE WHEN p.number ~ '^[A-Z]+-[0-9]+$' THEN split_part(p.number, '-', 2)::int END AS seq
                      FROM petition p WHERE p.jurisdiction_id = ? AND p.number ~ '^[A-Z]+-[0-9]+$') p
                WHERE {WHERE}""".replace("{ISSUED_ON}", issuedOn).replace("{WHERE}", where), kind, kind, s.issuer(), s.w().jurisdictionId());
        if (kind.equals("FORWARDING_LETTER")) {
            fixtures.update("""
                    INSERT INTO petition_document (id, petition_id, office_id, kind, number, issued_on, issued_by, issued_at)
                    SELECT gen_random_uuid(), p.id, p.office_id, 'FORWARDING_LETTER', p.number || '/CV', p.handled_on, ?, now()
                    FROM petition p WHERE p.jurisdiction_id = ? AND p.number LIKE '%-NGOAI-%'""", s.issuer(), s.w().jurisdictionId());
        }
    }
}
