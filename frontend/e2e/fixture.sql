-- The journey's own data: a jurisdiction with a Party Committee Office and one specialist.
-- :code is unique per run so the journey never depends on the demo data or on an earlier run.
-- Password of the specialist: E2e-Journey-2026! (bcrypt below; test data only).
INSERT INTO jurisdiction (id, code, name, kind, created_at, updated_at)
VALUES (gen_random_uuid(), :'code', 'Tỉnh Hành trình ' || :'code', 'PROVINCE', now(), now());
INSERT INTO office (id, jurisdiction_id, code, kind, name_vi, name_en, short_name, created_at, updated_at)
SELECT gen_random_uuid(), id, 'VPTU', 'PARTY_COMMITTEE_OFFICE', 'Văn phòng Tỉnh ủy', 'Provincial Party Committee Office', 'VPTU', now(), now()
FROM jurisdiction WHERE code = :'code';
INSERT INTO app_user (id, jurisdiction_id, username, full_name, password_hash, role, office_id, created_at, updated_at)
SELECT gen_random_uuid(), j.id, lower(:'code') || '.chuyenvien', 'Nguyễn Thị Hành Trình',
       '$2a$10$9UVRrNVQ5.j0D6iojCCDIuGDPZJtJ.kOuVmbW/eLDWnWm6dIqdahe', 'SPECIALIST', o.id, now(), now()
FROM jurisdiction j JOIN office o ON o.jurisdiction_id = j.id WHERE j.code = :'code';
