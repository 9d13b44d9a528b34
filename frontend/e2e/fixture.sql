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
