-- The journeys' own data: one jurisdiction per run (:code unique), so they never depend on the demo data or an earlier run.
-- Every account's password: E2e-Journey-2026! (bcrypt below; test data only).
INSERT INTO jurisdiction (id, code, name, kind, created_at, updated_at)
VALUES (gen_random_uuid(), :'code', 'Tỉnh Hành trình ' || :'code', 'PROVINCE', now(), now());
INSERT INTO office (id, jurisdiction_id, code, kind, name_vi, name_en, short_name, created_at, updated_at)
SELECT gen_random_uuid(), id, 'VPTU', 'PARTY_COMMITTEE_OFFICE', 'Văn phòng Tỉnh ủy', 'Provincial Party Committee Office', 'VPTU', now(), now()
FROM jurisdiction WHERE code = :'code';
INSERT INTO office (id, jurisdiction_id, code, kind, name_vi, name_en, short_name, created_at, updated_at)
SELECT gen_random_uuid(), id, 'VPUBND', 'PEOPLES_COMMITTEE_OFFICE', 'Văn phòng Ủy ban nhân dân tỉnh', 'Provincial People''s Committee Office', 'VPUBND', now(), now()
FROM jurisdiction WHERE code = :'code';
INSERT INTO leadership_body (id, jurisdiction_id, office_id, code, name_vi, name_en, created_at, updated_at)
SELECT gen_random_uuid(), j.id, o.id, 'UBND', 'Ủy ban nhân dân tỉnh', 'Provincial People''s Committee', now(), now()
FROM jurisdiction j JOIN office o ON o.jurisdiction_id = j.id AND o.code = 'VPUBND' WHERE j.code = :'code';
INSERT INTO unit (id, jurisdiction_id, code, name, kind, valid_from, created_at, updated_at)
SELECT gen_random_uuid(), id, u.code, u.name, 'DEPARTMENT', DATE '2020-01-01', now(), now()
FROM jurisdiction, (VALUES ('SGDDT', 'Sở Giáo dục và Đào tạo'), ('SYT', 'Sở Y tế'), ('STC', 'Sở Tài chính')) AS u (code, name)
WHERE jurisdiction.code = :'code';
INSERT INTO app_user (id, jurisdiction_id, username, full_name, password_hash, role, office_id, unit_id, created_at, updated_at)
SELECT gen_random_uuid(), j.id, lower(:'code') || a.suffix, a.full_name, '$2a$10$9UVRrNVQ5.j0D6iojCCDIuGDPZJtJ.kOuVmbW/eLDWnWm6dIqdahe', a.role,
       (SELECT o.id FROM office o WHERE o.jurisdiction_id = j.id AND o.code = a.office_code),
       (SELECT u.id FROM unit u WHERE u.jurisdiction_id = j.id AND u.code = a.unit_code), now(), now()
FROM jurisdiction j,
     (VALUES ('.chuyenvien', 'Nguyễn Thị Hành Trình', 'SPECIALIST', 'VPTU', NULL),
             ('.ubnd', 'Trần Văn Theo Dõi', 'SPECIALIST', 'VPUBND', NULL),
             ('.ubnd.lanhdao', 'Lê Thị Lãnh Đạo', 'OFFICE_LEADER', 'VPUBND', NULL),
             ('.sogd', 'Phạm Văn Giáo Dục', 'UNIT_OFFICER', NULL, 'SGDDT')) AS a (suffix, full_name, role, office_code, unit_code)
WHERE j.code = :'code';
-- Calendars journey: the Standing Board of the Provincial Party Committee (its calendar is made by a trigger) with its Secretary,
-- a VPTU office leader, and the Board's SUBMITTED month programme for next month (Vietnam time) with one PUBLIC item on the 10th,
-- 08:00–11:00, chaired by the Secretary: what the UBND programme of the journey will clash with.
INSERT INTO leadership_body (id, jurisdiction_id, office_id, code, name_vi, name_en, created_at, updated_at)
SELECT gen_random_uuid(), j.id, o.id, 'TTTU', 'Thường trực Tỉnh ủy', 'Standing Board of the Provincial Party Committee', now(), now()
FROM jurisdiction j JOIN office o ON o.jurisdiction_id = j.id AND o.code = 'VPTU' WHERE j.code = :'code';
INSERT INTO leader (id, jurisdiction_id, body_id, full_name, title_vi, title_en, position, created_at, updated_at)
SELECT gen_random_uuid(), j.id, b.id, 'Nguyễn Văn Bí Thư', 'Bí thư Tỉnh ủy', 'Secretary of the Provincial Party Committee', 1, now(), now()
FROM jurisdiction j JOIN leadership_body b ON b.jurisdiction_id = j.id AND b.code = 'TTTU' WHERE j.code = :'code';
INSERT INTO app_user (id, jurisdiction_id, username, full_name, password_hash, role, office_id, unit_id, created_at, updated_at)
SELECT gen_random_uuid(), j.id, lower(:'code') || '.vptu.lanhdao', 'Hoàng Văn Tổng Hợp', '$2a$10$9UVRrNVQ5.j0D6iojCCDIuGDPZJtJ.kOuVmbW/eLDWnWm6dIqdahe',
       'OFFICE_LEADER', o.id, NULL, now(), now()
FROM jurisdiction j JOIN office o ON o.jurisdiction_id = j.id AND o.code = 'VPTU' WHERE j.code = :'code';
INSERT INTO programme (id, jurisdiction_id, calendar_id, office_id, period_kind, period_start, period_end, title, status, deadline,
                       submitted_at, submitted_by, created_by, created_at, updated_at)
SELECT gen_random_uuid(), j.id, c.id, c.office_id, 'MONTH', m.start, (m.start + interval '1 month' - interval '1 day')::date,
       'Chương trình công tác tháng ' || to_char(m.start, 'MM/YYYY') || ' của Thường trực Tỉnh ủy', 'SUBMITTED',
       (m.start - interval '1 month' + interval '24 days')::date, now(), u.id, u.id, now(), now()
FROM jurisdiction j
     JOIN leadership_body b ON b.jurisdiction_id = j.id AND b.code = 'TTTU'
     JOIN calendar c ON c.body_id = b.id
     JOIN app_user u ON u.username = lower(:'code') || '.vptu.lanhdao',
     (SELECT (date_trunc('month', now() AT TIME ZONE 'Asia/Ho_Chi_Minh') + interval '1 month')::date AS start) m
WHERE j.code = :'code';
INSERT INTO programme_item (id, jurisdiction_id, programme_id, calendar_id, period_kind, title, starts_at, ends_at, all_day, venue,
                            leader_ids, serving_office_id, visibility, created_at, updated_at)
SELECT gen_random_uuid(), p.jurisdiction_id, p.id, p.calendar_id, 'MONTH', 'Hội nghị Ban Thường vụ Tỉnh ủy tháng ' || to_char(p.period_start, 'MM/YYYY'),
       ((p.period_start + 9) + time '08:00') AT TIME ZONE 'Asia/Ho_Chi_Minh', ((p.period_start + 9) + time '11:00') AT TIME ZONE 'Asia/Ho_Chi_Minh',
       false, 'Hội trường Tỉnh ủy', ARRAY[l.id], p.office_id, 'PUBLIC', now(), now()
FROM jurisdiction j
     JOIN leadership_body b ON b.jurisdiction_id = j.id AND b.code = 'TTTU'
     JOIN programme p ON p.calendar_id = (SELECT c.id FROM calendar c WHERE c.body_id = b.id)
     JOIN leader l ON l.body_id = b.id
WHERE j.code = :'code';
-- Reviews journey: two standing-board meetings the Party Committee Office served in 2025 (the second supported by the
-- People's Committee Office), both taken place, and the Party Committee Office's DRAFT annual review of 2025 with the
-- People's Committee Office taking part. The office serves the Standing Board above, so a proposal can become a task.
INSERT INTO meeting (id, jurisdiction_id, kind_id, title, starts_at, ends_at, venue, format, body_id, leader_ids, host_office_id,
                     supporting_office_ids, confidentiality, status, created_by, created_at, updated_at)
SELECT gen_random_uuid(), j.id, k.id, m.title, m.starts_at, m.starts_at + interval '3 hours', 'Phòng họp số 1, Tỉnh ủy', 'IN_PERSON', b.id,
       ARRAY[l.id], o.id, CASE WHEN m.supported THEN ARRAY[ub.id] ELSE '{}'::uuid[] END, 'INTERNAL', m.status, u.id, now(), now()
FROM jurisdiction j
     JOIN office o ON o.jurisdiction_id = j.id AND o.code = 'VPTU'
     JOIN office ub ON ub.jurisdiction_id = j.id AND ub.code = 'VPUBND'
     JOIN leadership_body b ON b.jurisdiction_id = j.id AND b.code = 'TTTU'
     JOIN leader l ON l.body_id = b.id
     JOIN meeting_kind k ON k.jurisdiction_id IS NULL AND k.code = 'STANDING_BOARD'
     JOIN app_user u ON u.username = lower(:'code') || '.vptu.lanhdao',
     (VALUES ('Hội nghị Thường trực Tỉnh ủy tháng 3/2025', TIMESTAMPTZ '2025-03-10 08:00:00+07', 'CLOSED', false),
             ('Hội nghị Thường trực Tỉnh ủy tháng 9/2025', TIMESTAMPTZ '2025-09-15 08:00:00+07', 'HELD', true))
         AS m (title, starts_at, status, supported)
WHERE j.code = :'code';
INSERT INTO review (id, jurisdiction_id, number, kind, title, period_from, period_to, host_office_id, participating_office_ids, status,
                    created_by, created_at, updated_at)
SELECT gen_random_uuid(), j.id, '1/2026', 'ANNUAL', 'Đánh giá công tác phối hợp năm 2025', DATE '2025-01-01', DATE '2025-12-31', o.id,
       ARRAY[ub.id], 'DRAFT', u.id, now(), now()
FROM jurisdiction j
     JOIN office o ON o.jurisdiction_id = j.id AND o.code = 'VPTU'
     JOIN office ub ON ub.jurisdiction_id = j.id AND ub.code = 'VPUBND'
     JOIN app_user u ON u.username = lower(:'code') || '.vptu.lanhdao'
WHERE j.code = :'code';
-- Petitions journey: the e-portal's machine client (scopes public:read and petitions:submit; its secret is the accounts'
-- password, same bcrypt) that submits a citizen's denunciation to the Party Committee Office, and an administrator who
-- reads the identity disclosure log.
INSERT INTO machine_client (id, jurisdiction_id, client_id, name, secret_hash, scopes, created_at)
SELECT gen_random_uuid(), j.id, lower(:'code') || '.congthongtin', 'Cổng thông tin điện tử (hành trình)',
       '$2a$10$9UVRrNVQ5.j0D6iojCCDIuGDPZJtJ.kOuVmbW/eLDWnWm6dIqdahe', ARRAY['public:read', 'petitions:submit'], now()
FROM jurisdiction j WHERE j.code = :'code';
INSERT INTO app_user (id, jurisdiction_id, username, full_name, password_hash, role, office_id, unit_id, created_at, updated_at)
SELECT gen_random_uuid(), j.id, lower(:'code') || '.quantri', 'Đặng Văn Quản Trị', '$2a$10$9UVRrNVQ5.j0D6iojCCDIuGDPZJtJ.kOuVmbW/eLDWnWm6dIqdahe',
       'SYSTEM_ADMIN', NULL, NULL, now(), now()
FROM jurisdiction j WHERE j.code = :'code';
