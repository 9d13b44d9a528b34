-- Statutory deadlines of petitions as data, counted against a national holiday calendar that is data too.
--
-- holiday_year: the years whose holiday calendar is known. Counting a deadline through a day of any other year fails
-- (422): a due date computed on an unknown year would silently ignore its holidays.
-- holiday: the days that differ from the ordinary week of public offices (Monday to Friday; Saturday and Sunday off,
-- Quyết định 188/1999/QĐ-TTg): HOLIDAY (ngày nghỉ lễ, tết, Bộ luật Lao động 2019, khoản 1 Điều 112),
-- COMPENSATORY_DAY_OFF (nghỉ bù when a holiday falls on a weekly day off, khoản 3 Điều 111; or the weekday given off in an
-- announced swap) and MAKE_UP_WORKING_DAY (a Saturday or Sunday worked in exchange, ngày làm bù). National, not per
-- jurisdiction; an administrator edits it through /api/v1/holidays.
--
-- Seeded years 2024–2030, with the statutory holidays of Điều 112 khoản 1: 1/1; Tết Nguyên đán 5 days; Giỗ Tổ Hùng Vương
-- 10/3 lunar; 30/4; 1/5; Quốc khánh 2/9 plus one adjacent day. Lunar dates computed with Hồ Ngọc Đức's Vietnamese lunar
-- calendar algorithm at UTC+7 and checked against an ephemeris (new moons, Asia/Ho_Chi_Minh). Note 2030: the new moon of
-- the lunar new year falls at 23:07 on 2/2/2030 in Vietnam (00:07 on 3/2 in China), so Tết Canh Tuất is 2/2/2030 here.
--   2024, 2025: the days announced for public servants: Tết 2024 8–14/2 (5 Tết days + 2 compensatory days), 30/4 2024
--     swap (Monday 29/4 off, Saturday 4/5 worked), Quốc khánh 2024 on 2–3/9; Tết 2025 on 27–31/1, 30/4 2025 swap (Friday
--     2/5 off, Saturday 26/4 worked), Quốc khánh 2025 on 1–2/9.
--   2026: Tết 16–20/2 as announced (14–22/2 with the weekends); Giỗ Tổ on Sunday 26/4 with Monday 27/4 off; the
--     Quốc khánh adjacent day is not known here: 1/9 is assumed.
--   2027–2030: provisional. Tết = the last day of the lunar year and the first four days of the new one; the Quốc khánh
--     adjacent day is 1/9; a holiday on a Saturday or Sunday gives the next working day off (khoản 3 Điều 111).
--   Not seeded: swaps and make-up days announced each year (an administrator adds them), the Prime Minister's actual
--   choice of the Tết days for 2027 on (an administrator corrects them), and Ngày Văn hóa Việt Nam (24/11), which was
--   not yet a Labour Code holiday in early 2026.
--
-- petition_deadline_rule: one row per (kind, stage, round, complexity, remote area), with its own day type — the laws
-- say "ngày" (calendar days) unless they say "ngày làm việc" — and the article it comes from. A request for a
-- complexity or a remote area without a row of its own uses the closest less specific row (NORMAL, not remote).

CREATE TABLE holiday_year (
    year        int PRIMARY KEY CHECK (year BETWEEN 2000 AND 2200),
    source      text NOT NULL CHECK (length(btrim(source)) BETWEEN 1 AND 500),
    updated_at  timestamptz NOT NULL
);

CREATE TABLE holiday (
    id              uuid PRIMARY KEY,
    day             date NOT NULL UNIQUE,
    -- a holiday only ever belongs to a declared year
    year            int GENERATED ALWAYS AS (date_part('year', day)::int) STORED NOT NULL REFERENCES holiday_year (year),
    kind            text NOT NULL CHECK (kind IN ('HOLIDAY', 'COMPENSATORY_DAY_OFF', 'MAKE_UP_WORKING_DAY')),
    name_vi         text NOT NULL CHECK (length(btrim(name_vi)) BETWEEN 1 AND 200),
    legal_reference text NOT NULL CHECK (length(btrim(legal_reference)) BETWEEN 1 AND 500),
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    updated_by      uuid,
    CHECK (kind <> 'MAKE_UP_WORKING_DAY' OR extract(isodow FROM day) IN (6, 7)),
    CHECK (kind <> 'COMPENSATORY_DAY_OFF' OR extract(isodow FROM day) BETWEEN 1 AND 5)
);
CREATE INDEX holiday_year_day ON holiday (year, day);

INSERT INTO holiday_year (year, source, updated_at) VALUES
    (2024, 'Bộ luật Lao động 2019, Điều 112; lịch nghỉ Tết Âm lịch, Quốc khánh và hoán đổi ngày làm việc năm 2024 đã công bố', now()),
    (2025, 'Bộ luật Lao động 2019, Điều 112; lịch nghỉ Tết Âm lịch, Quốc khánh và hoán đổi ngày làm việc năm 2025 đã công bố', now()),
    (2026, 'Bộ luật Lao động 2019, Điều 112; lịch nghỉ Tết Bính Ngọ 2026 đã công bố; ngày liền kề Quốc khánh tạm lấy 1/9', now()),
    (2027, 'Dự kiến theo Bộ luật Lao động 2019, Điều 111 khoản 3 và Điều 112; cập nhật khi Chính phủ công bố lịch nghỉ', now()),
    (2028, 'Dự kiến theo Bộ luật Lao động 2019, Điều 111 khoản 3 và Điều 112; cập nhật khi Chính phủ công bố lịch nghỉ', now()),
    (2029, 'Dự kiến theo Bộ luật Lao động 2019, Điều 111 khoản 3 và Điều 112; cập nhật khi Chính phủ công bố lịch nghỉ', now()),
    (2030, 'Dự kiến theo Bộ luật Lao động 2019, Điều 111 khoản 3 và Điều 112; cập nhật khi Chính phủ công bố lịch nghỉ', now());

INSERT INTO holiday (id, day, kind, name_vi, legal_reference, created_at, updated_at)
SELECT gen_random_uuid(), d::date, k, n, r, now(), now() FROM (VALUES
    -- 2024
    ('2024-01-01', 'HOLIDAY', 'Tết Dương lịch', 'Bộ luật Lao động 2019, điểm a khoản 1 Điều 112'),
    ('2024-02-08', 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Tết Nguyên đán (mùng 1, mùng 2 trùng thứ Bảy, Chủ nhật)', 'Bộ luật Lao động 2019, khoản 3 Điều 111; lịch nghỉ năm 2024 của cán bộ, công chức, viên chức theo quyết định của Thủ tướng (Bộ LĐTBXH thông báo; số hiệu văn bản cần đối chiếu)'),
    ('2024-02-09', 'HOLIDAY', 'Tết Nguyên đán (30 tháng Chạp)', 'Bộ luật Lao động 2019, điểm b khoản 1 Điều 112; lịch nghỉ năm 2024 của cán bộ, công chức, viên chức theo quyết định của Thủ tướng (Bộ LĐTBXH thông báo; số hiệu văn bản cần đối chiếu)'),
    ('2024-02-10', 'HOLIDAY', 'Tết Nguyên đán (mùng 1 tháng Giêng)', 'Bộ luật Lao động 2019, điểm b khoản 1 Điều 112; lịch nghỉ năm 2024 của cán bộ, công chức, viên chức theo quyết định của Thủ tướng (Bộ LĐTBXH thông báo; số hiệu văn bản cần đối chiếu)'),
    ('2024-02-11', 'HOLIDAY', 'Tết Nguyên đán (mùng 2 tháng Giêng)', 'Bộ luật Lao động 2019, điểm b khoản 1 Điều 112; lịch nghỉ năm 2024 của cán bộ, công chức, viên chức theo quyết định của Thủ tướng (Bộ LĐTBXH thông báo; số hiệu văn bản cần đối chiếu)'),
    ('2024-02-12', 'HOLIDAY', 'Tết Nguyên đán (mùng 3 tháng Giêng)', 'Bộ luật Lao động 2019, điểm b khoản 1 Điều 112; lịch nghỉ năm 2024 của cán bộ, công chức, viên chức theo quyết định của Thủ tướng (Bộ LĐTBXH thông báo; số hiệu văn bản cần đối chiếu)'),
    ('2024-02-13', 'HOLIDAY', 'Tết Nguyên đán (mùng 4 tháng Giêng)', 'Bộ luật Lao động 2019, điểm b khoản 1 Điều 112; lịch nghỉ năm 2024 của cán bộ, công chức, viên chức theo quyết định của Thủ tướng (Bộ LĐTBXH thông báo; số hiệu văn bản cần đối chiếu)'),
    ('2024-02-14', 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Tết Nguyên đán (mùng 1, mùng 2 trùng thứ Bảy, Chủ nhật)', 'Bộ luật Lao động 2019, khoản 3 Điều 111; lịch nghỉ năm 2024 của cán bộ, công chức, viên chức theo quyết định của Thủ tướng (Bộ LĐTBXH thông báo; số hiệu văn bản cần đối chiếu)'),
    ('2024-04-18', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Bộ luật Lao động 2019, điểm e khoản 1 Điều 112'),
    ('2024-04-29', 'COMPENSATORY_DAY_OFF', 'Nghỉ hoán đổi (làm bù thứ Bảy 4/5/2024)', 'Công văn 2450/VPCP-KGVX ngày 12/4/2024 của Văn phòng Chính phủ (Thủ tướng đồng ý hoán đổi ngày làm việc dịp 30/4 và 1/5/2024)'),
    ('2024-04-30', 'HOLIDAY', 'Ngày Chiến thắng (30/4)', 'Bộ luật Lao động 2019, điểm c khoản 1 Điều 112'),
    ('2024-05-01', 'HOLIDAY', 'Ngày Quốc tế Lao động (1/5)', 'Bộ luật Lao động 2019, điểm d khoản 1 Điều 112'),
    ('2024-05-04', 'MAKE_UP_WORKING_DAY', 'Làm bù cho ngày nghỉ hoán đổi thứ Hai 29/4/2024', 'Công văn 2450/VPCP-KGVX ngày 12/4/2024 của Văn phòng Chính phủ (Thủ tướng đồng ý hoán đổi ngày làm việc dịp 30/4 và 1/5/2024)'),
    ('2024-09-02', 'HOLIDAY', 'Quốc khánh (2/9)', 'Bộ luật Lao động 2019, điểm đ khoản 1 Điều 112; lịch nghỉ năm 2024 của cán bộ, công chức, viên chức theo quyết định của Thủ tướng (Bộ LĐTBXH thông báo; số hiệu văn bản cần đối chiếu)'),
    ('2024-09-03', 'HOLIDAY', 'Quốc khánh (ngày liền kề 3/9)', 'Bộ luật Lao động 2019, điểm đ khoản 1 Điều 112; lịch nghỉ năm 2024 của cán bộ, công chức, viên chức theo quyết định của Thủ tướng (Bộ LĐTBXH thông báo; số hiệu văn bản cần đối chiếu)'),
    -- 2025
    ('2025-01-01', 'HOLIDAY', 'Tết Dương lịch', 'Bộ luật Lao động 2019, điểm a khoản 1 Điều 112'),
    ('2025-01-27', 'HOLIDAY', 'Tết Nguyên đán (28 tháng Chạp)', 'Bộ luật Lao động 2019, điểm b khoản 1 Điều 112; lịch nghỉ năm 2025 của cán bộ, công chức, viên chức theo quyết định của Thủ tướng (Bộ LĐTBXH thông báo; số hiệu văn bản cần đối chiếu)'),
    ('2025-01-28', 'HOLIDAY', 'Tết Nguyên đán (29 tháng Chạp)', 'Bộ luật Lao động 2019, điểm b khoản 1 Điều 112; lịch nghỉ năm 2025 của cán bộ, công chức, viên chức theo quyết định của Thủ tướng (Bộ LĐTBXH thông báo; số hiệu văn bản cần đối chiếu)'),
    ('2025-01-29', 'HOLIDAY', 'Tết Nguyên đán (mùng 1 tháng Giêng)', 'Bộ luật Lao động 2019, điểm b khoản 1 Điều 112; lịch nghỉ năm 2025 của cán bộ, công chức, viên chức theo quyết định của Thủ tướng (Bộ LĐTBXH thông báo; số hiệu văn bản cần đối chiếu)'),
    ('2025-01-30', 'HOLIDAY', 'Tết Nguyên đán (mùng 2 tháng Giêng)', 'Bộ luật Lao động 2019, điểm b khoản 1 Điều 112; lịch nghỉ năm 2025 của cán bộ, công chức, viên chức theo quyết định của Thủ tướng (Bộ LĐTBXH thông báo; số hiệu văn bản cần đối chiếu)'),
    ('2025-01-31', 'HOLIDAY', 'Tết Nguyên đán (mùng 3 tháng Giêng)', 'Bộ luật Lao động 2019, điểm b khoản 1 Điều 112; lịch nghỉ năm 2025 của cán bộ, công chức, viên chức theo quyết định của Thủ tướng (Bộ LĐTBXH thông báo; số hiệu văn bản cần đối chiếu)'),
    ('2025-04-07', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Bộ luật Lao động 2019, điểm e khoản 1 Điều 112'),
    ('2025-04-26', 'MAKE_UP_WORKING_DAY', 'Làm bù cho ngày nghỉ hoán đổi thứ Sáu 2/5/2025', 'Thủ tướng đồng ý hoán đổi ngày làm việc thứ Sáu 2/5/2025 với thứ Bảy 26/4/2025 (Bộ LĐTBXH thông báo; số hiệu văn bản cần đối chiếu)'),
    ('2025-04-30', 'HOLIDAY', 'Ngày Chiến thắng (30/4)', 'Bộ luật Lao động 2019, điểm c khoản 1 Điều 112'),
    ('2025-05-01', 'HOLIDAY', 'Ngày Quốc tế Lao động (1/5)', 'Bộ luật Lao động 2019, điểm d khoản 1 Điều 112'),
    ('2025-05-02', 'COMPENSATORY_DAY_OFF', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)', 'Thủ tướng đồng ý hoán đổi ngày làm việc thứ Sáu 2/5/2025 với thứ Bảy 26/4/2025 (Bộ LĐTBXH thông báo; số hiệu văn bản cần đối chiếu)'),
    ('2025-09-01', 'HOLIDAY', 'Quốc khánh (ngày liền kề 1/9)', 'Bộ luật Lao động 2019, điểm đ khoản 1 Điều 112; lịch nghỉ năm 2025 của cán bộ, công chức, viên chức theo quyết định của Thủ tướng (Bộ LĐTBXH thông báo; số hiệu văn bản cần đối chiếu)'),
    ('2025-09-02', 'HOLIDAY', 'Quốc khánh (2/9)', 'Bộ luật Lao động 2019, điểm đ khoản 1 Điều 112; lịch nghỉ năm 2025 của cán bộ, công chức, viên chức theo quyết định của Thủ tướng (Bộ LĐTBXH thông báo; số hiệu văn bản cần đối chiếu)'),
    -- 2026
    ('2026-01-01', 'HOLIDAY', 'Tết Dương lịch', 'Bộ luật Lao động 2019, điểm a khoản 1 Điều 112'),
    ('2026-02-16', 'HOLIDAY', 'Tết Nguyên đán (29 tháng Chạp)', 'Bộ luật Lao động 2019, điểm b khoản 1 Điều 112; lịch nghỉ Tết Bính Ngọ 2026 của cán bộ, công chức, viên chức theo quyết định của Thủ tướng (nghỉ từ 14/2 đến hết 22/2/2026)'),
    ('2026-02-17', 'HOLIDAY', 'Tết Nguyên đán (mùng 1 tháng Giêng)', 'Bộ luật Lao động 2019, điểm b khoản 1 Điều 112; lịch nghỉ Tết Bính Ngọ 2026 của cán bộ, công chức, viên chức theo quyết định của Thủ tướng (nghỉ từ 14/2 đến hết 22/2/2026)'),
    ('2026-02-18', 'HOLIDAY', 'Tết Nguyên đán (mùng 2 tháng Giêng)', 'Bộ luật Lao động 2019, điểm b khoản 1 Điều 112; lịch nghỉ Tết Bính Ngọ 2026 của cán bộ, công chức, viên chức theo quyết định của Thủ tướng (nghỉ từ 14/2 đến hết 22/2/2026)'),
    ('2026-02-19', 'HOLIDAY', 'Tết Nguyên đán (mùng 3 tháng Giêng)', 'Bộ luật Lao động 2019, điểm b khoản 1 Điều 112; lịch nghỉ Tết Bính Ngọ 2026 của cán bộ, công chức, viên chức theo quyết định của Thủ tướng (nghỉ từ 14/2 đến hết 22/2/2026)'),
    ('2026-02-20', 'HOLIDAY', 'Tết Nguyên đán (mùng 4 tháng Giêng)', 'Bộ luật Lao động 2019, điểm b khoản 1 Điều 112; lịch nghỉ Tết Bính Ngọ 2026 của cán bộ, công chức, viên chức theo quyết định của Thủ tướng (nghỉ từ 14/2 đến hết 22/2/2026)'),
    ('2026-04-26', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Bộ luật Lao động 2019, điểm e khoản 1 Điều 112'),
    ('2026-04-27', 'COMPENSATORY_DAY_OFF', 'Nghỉ bù: Giỗ Tổ Hùng Vương (10/3 âm lịch) ngày 26/4/2026 trùng Chủ nhật', 'Bộ luật Lao động 2019, khoản 3 Điều 111 (nghỉ bù vào ngày làm việc kế tiếp); điểm e khoản 1 Điều 112'),
    ('2026-04-30', 'HOLIDAY', 'Ngày Chiến thắng (30/4)', 'Bộ luật Lao động 2019, điểm c khoản 1 Điều 112'),
    ('2026-05-01', 'HOLIDAY', 'Ngày Quốc tế Lao động (1/5)', 'Bộ luật Lao động 2019, điểm d khoản 1 Điều 112'),
    ('2026-09-01', 'HOLIDAY', 'Quốc khánh (ngày liền kề 1/9)', 'Bộ luật Lao động 2019, điểm đ khoản 1 Điều 112 (ngày liền kề chưa được công bố: tạm lấy 1/9; quản trị viên sửa theo thông báo của Chính phủ)'),
    ('2026-09-02', 'HOLIDAY', 'Quốc khánh (2/9)', 'Bộ luật Lao động 2019, điểm đ khoản 1 Điều 112'),
    -- 2027
    ('2027-01-01', 'HOLIDAY', 'Tết Dương lịch', 'Bộ luật Lao động 2019, điểm a khoản 1 Điều 112'),
    ('2027-02-05', 'HOLIDAY', 'Tết Nguyên đán (29 tháng Chạp)', 'Bộ luật Lao động 2019, điểm b khoản 1 Điều 112 (dự kiến: ngày cuối năm âm lịch và 4 ngày đầu năm mới; Thủ tướng quyết định cụ thể theo khoản 3 Điều 112)'),
    ('2027-02-06', 'HOLIDAY', 'Tết Nguyên đán (mùng 1 tháng Giêng)', 'Bộ luật Lao động 2019, điểm b khoản 1 Điều 112 (dự kiến: ngày cuối năm âm lịch và 4 ngày đầu năm mới; Thủ tướng quyết định cụ thể theo khoản 3 Điều 112)'),
    ('2027-02-07', 'HOLIDAY', 'Tết Nguyên đán (mùng 2 tháng Giêng)', 'Bộ luật Lao động 2019, điểm b khoản 1 Điều 112 (dự kiến: ngày cuối năm âm lịch và 4 ngày đầu năm mới; Thủ tướng quyết định cụ thể theo khoản 3 Điều 112)'),
    ('2027-02-08', 'HOLIDAY', 'Tết Nguyên đán (mùng 3 tháng Giêng)', 'Bộ luật Lao động 2019, điểm b khoản 1 Điều 112 (dự kiến: ngày cuối năm âm lịch và 4 ngày đầu năm mới; Thủ tướng quyết định cụ thể theo khoản 3 Điều 112)'),
    ('2027-02-09', 'HOLIDAY', 'Tết Nguyên đán (mùng 4 tháng Giêng)', 'Bộ luật Lao động 2019, điểm b khoản 1 Điều 112 (dự kiến: ngày cuối năm âm lịch và 4 ngày đầu năm mới; Thủ tướng quyết định cụ thể theo khoản 3 Điều 112)'),
    ('2027-02-10', 'COMPENSATORY_DAY_OFF', 'Nghỉ bù: Tết Nguyên đán (mùng 1 tháng Giêng) ngày 6/2/2027 trùng thứ Bảy', 'Bộ luật Lao động 2019, khoản 3 Điều 111 (nghỉ bù vào ngày làm việc kế tiếp); điểm b khoản 1 Điều 112 (dự kiến: ngày cuối năm âm lịch và 4 ngày đầu năm mới; Thủ tướng quyết định cụ thể theo khoản 3 Điều 112)'),
    ('2027-02-11', 'COMPENSATORY_DAY_OFF', 'Nghỉ bù: Tết Nguyên đán (mùng 2 tháng Giêng) ngày 7/2/2027 trùng Chủ nhật', 'Bộ luật Lao động 2019, khoản 3 Điều 111 (nghỉ bù vào ngày làm việc kế tiếp); điểm b khoản 1 Điều 112 (dự kiến: ngày cuối năm âm lịch và 4 ngày đầu năm mới; Thủ tướng quyết định cụ thể theo khoản 3 Điều 112)'),
    ('2027-04-16', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Bộ luật Lao động 2019, điểm e khoản 1 Điều 112'),
    ('2027-04-30', 'HOLIDAY', 'Ngày Chiến thắng (30/4)', 'Bộ luật Lao động 2019, điểm c khoản 1 Điều 112'),
    ('2027-05-01', 'HOLIDAY', 'Ngày Quốc tế Lao động (1/5)', 'Bộ luật Lao động 2019, điểm d khoản 1 Điều 112'),
    ('2027-05-03', 'COMPENSATORY_DAY_OFF', 'Nghỉ bù: Ngày Quốc tế Lao động (1/5) ngày 1/5/2027 trùng thứ Bảy', 'Bộ luật Lao động 2019, khoản 3 Điều 111 (nghỉ bù vào ngày làm việc kế tiếp); điểm d khoản 1 Điều 112'),
    ('2027-09-01', 'HOLIDAY', 'Quốc khánh (ngày liền kề 1/9)', 'Bộ luật Lao động 2019, điểm đ khoản 1 Điều 112 (ngày liền kề chưa được công bố: tạm lấy 1/9; quản trị viên sửa theo thông báo của Chính phủ)'),
    ('2027-09-02', 'HOLIDAY', 'Quốc khánh (2/9)', 'Bộ luật Lao động 2019, điểm đ khoản 1 Điều 112'),
    -- 2028
    ('2028-01-01', 'HOLIDAY', 'Tết Dương lịch', 'Bộ luật Lao động 2019, điểm a khoản 1 Điều 112'),
    ('2028-01-03', 'COMPENSATORY_DAY_OFF', 'Nghỉ bù: Tết Dương lịch ngày 1/1/2028 trùng thứ Bảy', 'Bộ luật Lao động 2019, khoản 3 Điều 111 (nghỉ bù vào ngày làm việc kế tiếp); điểm a khoản 1 Điều 112'),
    ('2028-01-25', 'HOLIDAY', 'Tết Nguyên đán (29 tháng Chạp)', 'Bộ luật Lao động 2019, điểm b khoản 1 Điều 112 (dự kiến: ngày cuối năm âm lịch và 4 ngày đầu năm mới; Thủ tướng quyết định cụ thể theo khoản 3 Điều 112)'),
    ('2028-01-26', 'HOLIDAY', 'Tết Nguyên đán (mùng 1 tháng Giêng)', 'Bộ luật Lao động 2019, điểm b khoản 1 Điều 112 (dự kiến: ngày cuối năm âm lịch và 4 ngày đầu năm mới; Thủ tướng quyết định cụ thể theo khoản 3 Điều 112)'),
    ('2028-01-27', 'HOLIDAY', 'Tết Nguyên đán (mùng 2 tháng Giêng)', 'Bộ luật Lao động 2019, điểm b khoản 1 Điều 112 (dự kiến: ngày cuối năm âm lịch và 4 ngày đầu năm mới; Thủ tướng quyết định cụ thể theo khoản 3 Điều 112)'),
    ('2028-01-28', 'HOLIDAY', 'Tết Nguyên đán (mùng 3 tháng Giêng)', 'Bộ luật Lao động 2019, điểm b khoản 1 Điều 112 (dự kiến: ngày cuối năm âm lịch và 4 ngày đầu năm mới; Thủ tướng quyết định cụ thể theo khoản 3 Điều 112)'),
    ('2028-01-29', 'HOLIDAY', 'Tết Nguyên đán (mùng 4 tháng Giêng)', 'Bộ luật Lao động 2019, điểm b khoản 1 Điều 112 (dự kiến: ngày cuối năm âm lịch và 4 ngày đầu năm mới; Thủ tướng quyết định cụ thể theo khoản 3 Điều 112)'),
    ('2028-01-31', 'COMPENSATORY_DAY_OFF', 'Nghỉ bù: Tết Nguyên đán (mùng 4 tháng Giêng) ngày 29/1/2028 trùng thứ Bảy', 'Bộ luật Lao động 2019, khoản 3 Điều 111 (nghỉ bù vào ngày làm việc kế tiếp); điểm b khoản 1 Điều 112 (dự kiến: ngày cuối năm âm lịch và 4 ngày đầu năm mới; Thủ tướng quyết định cụ thể theo khoản 3 Điều 112)'),
    ('2028-04-04', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Bộ luật Lao động 2019, điểm e khoản 1 Điều 112'),
    ('2028-04-30', 'HOLIDAY', 'Ngày Chiến thắng (30/4)', 'Bộ luật Lao động 2019, điểm c khoản 1 Điều 112'),
    ('2028-05-01', 'HOLIDAY', 'Ngày Quốc tế Lao động (1/5)', 'Bộ luật Lao động 2019, điểm d khoản 1 Điều 112'),
    ('2028-05-02', 'COMPENSATORY_DAY_OFF', 'Nghỉ bù: Ngày Chiến thắng (30/4) ngày 30/4/2028 trùng Chủ nhật', 'Bộ luật Lao động 2019, khoản 3 Điều 111 (nghỉ bù vào ngày làm việc kế tiếp); điểm c khoản 1 Điều 112'),
    ('2028-09-01', 'HOLIDAY', 'Quốc khánh (ngày liền kề 1/9)', 'Bộ luật Lao động 2019, điểm đ khoản 1 Điều 112 (ngày liền kề chưa được công bố: tạm lấy 1/9; quản trị viên sửa theo thông báo của Chính phủ)'),
    ('2028-09-02', 'HOLIDAY', 'Quốc khánh (2/9)', 'Bộ luật Lao động 2019, điểm đ khoản 1 Điều 112'),
    ('2028-09-04', 'COMPENSATORY_DAY_OFF', 'Nghỉ bù: Quốc khánh (2/9) ngày 2/9/2028 trùng thứ Bảy', 'Bộ luật Lao động 2019, khoản 3 Điều 111 (nghỉ bù vào ngày làm việc kế tiếp); điểm đ khoản 1 Điều 112'),
    -- 2029
    ('2029-01-01', 'HOLIDAY', 'Tết Dương lịch', 'Bộ luật Lao động 2019, điểm a khoản 1 Điều 112'),
    ('2029-02-12', 'HOLIDAY', 'Tết Nguyên đán (29 tháng Chạp)', 'Bộ luật Lao động 2019, điểm b khoản 1 Điều 112 (dự kiến: ngày cuối năm âm lịch và 4 ngày đầu năm mới; Thủ tướng quyết định cụ thể theo khoản 3 Điều 112)'),
    ('2029-02-13', 'HOLIDAY', 'Tết Nguyên đán (mùng 1 tháng Giêng)', 'Bộ luật Lao động 2019, điểm b khoản 1 Điều 112 (dự kiến: ngày cuối năm âm lịch và 4 ngày đầu năm mới; Thủ tướng quyết định cụ thể theo khoản 3 Điều 112)'),
    ('2029-02-14', 'HOLIDAY', 'Tết Nguyên đán (mùng 2 tháng Giêng)', 'Bộ luật Lao động 2019, điểm b khoản 1 Điều 112 (dự kiến: ngày cuối năm âm lịch và 4 ngày đầu năm mới; Thủ tướng quyết định cụ thể theo khoản 3 Điều 112)'),
    ('2029-02-15', 'HOLIDAY', 'Tết Nguyên đán (mùng 3 tháng Giêng)', 'Bộ luật Lao động 2019, điểm b khoản 1 Điều 112 (dự kiến: ngày cuối năm âm lịch và 4 ngày đầu năm mới; Thủ tướng quyết định cụ thể theo khoản 3 Điều 112)'),
    ('2029-02-16', 'HOLIDAY', 'Tết Nguyên đán (mùng 4 tháng Giêng)', 'Bộ luật Lao động 2019, điểm b khoản 1 Điều 112 (dự kiến: ngày cuối năm âm lịch và 4 ngày đầu năm mới; Thủ tướng quyết định cụ thể theo khoản 3 Điều 112)'),
    ('2029-04-23', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Bộ luật Lao động 2019, điểm e khoản 1 Điều 112'),
    ('2029-04-30', 'HOLIDAY', 'Ngày Chiến thắng (30/4)', 'Bộ luật Lao động 2019, điểm c khoản 1 Điều 112'),
    ('2029-05-01', 'HOLIDAY', 'Ngày Quốc tế Lao động (1/5)', 'Bộ luật Lao động 2019, điểm d khoản 1 Điều 112'),
    ('2029-09-01', 'HOLIDAY', 'Quốc khánh (ngày liền kề 1/9)', 'Bộ luật Lao động 2019, điểm đ khoản 1 Điều 112 (ngày liền kề chưa được công bố: tạm lấy 1/9; quản trị viên sửa theo thông báo của Chính phủ)'),
    ('2029-09-02', 'HOLIDAY', 'Quốc khánh (2/9)', 'Bộ luật Lao động 2019, điểm đ khoản 1 Điều 112'),
    ('2029-09-03', 'COMPENSATORY_DAY_OFF', 'Nghỉ bù: Quốc khánh (ngày liền kề 1/9) ngày 1/9/2029 trùng thứ Bảy', 'Bộ luật Lao động 2019, khoản 3 Điều 111 (nghỉ bù vào ngày làm việc kế tiếp); điểm đ khoản 1 Điều 112 (ngày liền kề chưa được công bố: tạm lấy 1/9; quản trị viên sửa theo thông báo của Chính phủ)'),
    ('2029-09-04', 'COMPENSATORY_DAY_OFF', 'Nghỉ bù: Quốc khánh (2/9) ngày 2/9/2029 trùng Chủ nhật', 'Bộ luật Lao động 2019, khoản 3 Điều 111 (nghỉ bù vào ngày làm việc kế tiếp); điểm đ khoản 1 Điều 112'),
    -- 2030
    ('2030-01-01', 'HOLIDAY', 'Tết Dương lịch', 'Bộ luật Lao động 2019, điểm a khoản 1 Điều 112'),
    ('2030-02-01', 'HOLIDAY', 'Tết Nguyên đán (29 tháng Chạp)', 'Bộ luật Lao động 2019, điểm b khoản 1 Điều 112 (dự kiến: ngày cuối năm âm lịch và 4 ngày đầu năm mới; Thủ tướng quyết định cụ thể theo khoản 3 Điều 112)'),
    ('2030-02-02', 'HOLIDAY', 'Tết Nguyên đán (mùng 1 tháng Giêng)', 'Bộ luật Lao động 2019, điểm b khoản 1 Điều 112 (dự kiến: ngày cuối năm âm lịch và 4 ngày đầu năm mới; Thủ tướng quyết định cụ thể theo khoản 3 Điều 112)'),
    ('2030-02-03', 'HOLIDAY', 'Tết Nguyên đán (mùng 2 tháng Giêng)', 'Bộ luật Lao động 2019, điểm b khoản 1 Điều 112 (dự kiến: ngày cuối năm âm lịch và 4 ngày đầu năm mới; Thủ tướng quyết định cụ thể theo khoản 3 Điều 112)'),
    ('2030-02-04', 'HOLIDAY', 'Tết Nguyên đán (mùng 3 tháng Giêng)', 'Bộ luật Lao động 2019, điểm b khoản 1 Điều 112 (dự kiến: ngày cuối năm âm lịch và 4 ngày đầu năm mới; Thủ tướng quyết định cụ thể theo khoản 3 Điều 112)'),
    ('2030-02-05', 'HOLIDAY', 'Tết Nguyên đán (mùng 4 tháng Giêng)', 'Bộ luật Lao động 2019, điểm b khoản 1 Điều 112 (dự kiến: ngày cuối năm âm lịch và 4 ngày đầu năm mới; Thủ tướng quyết định cụ thể theo khoản 3 Điều 112)'),
    ('2030-02-06', 'COMPENSATORY_DAY_OFF', 'Nghỉ bù: Tết Nguyên đán (mùng 1 tháng Giêng) ngày 2/2/2030 trùng thứ Bảy', 'Bộ luật Lao động 2019, khoản 3 Điều 111 (nghỉ bù vào ngày làm việc kế tiếp); điểm b khoản 1 Điều 112 (dự kiến: ngày cuối năm âm lịch và 4 ngày đầu năm mới; Thủ tướng quyết định cụ thể theo khoản 3 Điều 112)'),
    ('2030-02-07', 'COMPENSATORY_DAY_OFF', 'Nghỉ bù: Tết Nguyên đán (mùng 2 tháng Giêng) ngày 3/2/2030 trùng Chủ nhật', 'Bộ luật Lao động 2019, khoản 3 Điều 111 (nghỉ bù vào ngày làm việc kế tiếp); điểm b khoản 1 Điều 112 (dự kiến: ngày cuối năm âm lịch và 4 ngày đầu năm mới; Thủ tướng quyết định cụ thể theo khoản 3 Điều 112)'),
    ('2030-04-12', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Bộ luật Lao động 2019, điểm e khoản 1 Điều 112'),
    ('2030-04-30', 'HOLIDAY', 'Ngày Chiến thắng (30/4)', 'Bộ luật Lao động 2019, điểm c khoản 1 Điều 112'),
    ('2030-05-01', 'HOLIDAY', 'Ngày Quốc tế Lao động (1/5)', 'Bộ luật Lao động 2019, điểm d khoản 1 Điều 112'),
    ('2030-09-01', 'HOLIDAY', 'Quốc khánh (ngày liền kề 1/9)', 'Bộ luật Lao động 2019, điểm đ khoản 1 Điều 112 (ngày liền kề chưa được công bố: tạm lấy 1/9; quản trị viên sửa theo thông báo của Chính phủ)'),
    ('2030-09-02', 'HOLIDAY', 'Quốc khánh (2/9)', 'Bộ luật Lao động 2019, điểm đ khoản 1 Điều 112'),
    ('2030-09-03', 'COMPENSATORY_DAY_OFF', 'Nghỉ bù: Quốc khánh (ngày liền kề 1/9) ngày 1/9/2030 trùng Chủ nhật', 'Bộ luật Lao động 2019, khoản 3 Điều 111 (nghỉ bù vào ngày làm việc kế tiếp); điểm đ khoản 1 Điều 112 (ngày liền kề chưa được công bố: tạm lấy 1/9; quản trị viên sửa theo thông báo của Chính phủ)')
) AS h (d, k, n, r);

CREATE TABLE petition_deadline_rule (
    id              uuid PRIMARY KEY,
    code            text NOT NULL UNIQUE CHECK (code ~ '^[A-Z][A-Z0-9_]{2,79}$'),
    petition_kind   text NOT NULL CHECK (petition_kind IN ('COMPLAINT', 'DENUNCIATION', 'RECOMMENDATION', 'REFLECTION', 'VOTER_RECOMMENDATION')),
    stage           text NOT NULL CHECK (stage IN ('LODGING', 'CLASSIFICATION', 'ACCEPTANCE', 'FORWARDING', 'NOTIFICATION', 'RESOLUTION', 'ANSWER')),
    -- first-time or second-time complaint (khiếu nại lần đầu / lần hai); other kinds have no rounds
    round           text CHECK (round IN ('FIRST', 'SECOND')),
    complexity      text NOT NULL CHECK (complexity IN ('NORMAL', 'COMPLEX', 'ESPECIALLY_COMPLEX')),
    -- vùng sâu, vùng xa đi lại khó khăn
    remote_area     boolean NOT NULL DEFAULT false,
    days            int NOT NULL CHECK (days BETWEEN 1 AND 366),
    day_type        text NOT NULL CHECK (day_type IN ('CALENDAR', 'WORKING')),
    counted_from    text NOT NULL CHECK (counted_from IN ('RECEIPT', 'ACCEPTANCE', 'DECISION', 'KNOWLEDGE')),
    -- each extension (gia hạn) adds up to extension_days, at most max_extensions times
    extension_days  int CHECK (extension_days BETWEEN 1 AND 366),
    max_extensions  int CHECK (max_extensions BETWEEN 1 AND 10),
    legal_reference text NOT NULL CHECK (length(btrim(legal_reference)) BETWEEN 1 AND 500),
    note            text CHECK (note IS NULL OR length(note) <= 2000),
    version         bigint NOT NULL DEFAULT 0,
    updated_at      timestamptz NOT NULL,
    updated_by      uuid,
    CHECK ((extension_days IS NULL) = (max_extensions IS NULL)),
    CHECK ((petition_kind = 'COMPLAINT') = (round IS NOT NULL)),
    UNIQUE NULLS NOT DISTINCT (petition_kind, stage, round, complexity, remote_area)
);

INSERT INTO petition_deadline_rule (id, code, petition_kind, stage, round, complexity, remote_area, days, day_type, counted_from,
                                    extension_days, max_extensions, legal_reference, note, updated_at)
SELECT gen_random_uuid(), code, kind, stage, round, complexity, remote, days, day_type, counted_from, ext, max_ext, ref, note, now() FROM (VALUES
    -- Law on Complaints 2011 (Luật Khiếu nại, số 02/2011/QH13)
    ('COMPLAINT_FIRST_LODGING', 'COMPLAINT', 'LODGING', 'FIRST', 'NORMAL', false, 90, 'CALENDAR', 'KNOWLEDGE', NULL::int, NULL::int,
     'Luật Khiếu nại 2011, Điều 9',
     'Thời hiệu khiếu nại: 90 ngày kể từ ngày nhận được quyết định hành chính hoặc biết được quyết định, hành vi hành chính. Thời gian có trở ngại khách quan (ốm đau, thiên tai, địch họa, đi công tác, học tập ở nơi xa...) không tính vào thời hiệu.'),
    ('COMPLAINT_FIRST_ACCEPTANCE', 'COMPLAINT', 'ACCEPTANCE', 'FIRST', 'NORMAL', false, 10, 'CALENDAR', 'RECEIPT', NULL, NULL,
     'Luật Khiếu nại 2011, Điều 27',
     'Thụ lý giải quyết khiếu nại lần đầu, hoặc từ chối thụ lý và nêu rõ lý do, bằng văn bản.'),
    ('COMPLAINT_FIRST_RESOLUTION', 'COMPLAINT', 'RESOLUTION', 'FIRST', 'NORMAL', false, 30, 'CALENDAR', 'ACCEPTANCE', NULL, NULL,
     'Luật Khiếu nại 2011, Điều 28', NULL),
    ('COMPLAINT_FIRST_RESOLUTION_COMPLEX', 'COMPLAINT', 'RESOLUTION', 'FIRST', 'COMPLEX', false, 45, 'CALENDAR', 'ACCEPTANCE', NULL, NULL,
     'Luật Khiếu nại 2011, Điều 28', 'Vụ việc phức tạp: không quá 45 ngày kể từ ngày thụ lý.'),
    ('COMPLAINT_FIRST_RESOLUTION_REMOTE', 'COMPLAINT', 'RESOLUTION', 'FIRST', 'NORMAL', true, 45, 'CALENDAR', 'ACCEPTANCE', NULL, NULL,
     'Luật Khiếu nại 2011, Điều 28', 'Vùng sâu, vùng xa đi lại khó khăn: không quá 45 ngày.'),
    ('COMPLAINT_FIRST_RESOLUTION_REMOTE_COMPLEX', 'COMPLAINT', 'RESOLUTION', 'FIRST', 'COMPLEX', true, 60, 'CALENDAR', 'ACCEPTANCE', NULL, NULL,
     'Luật Khiếu nại 2011, Điều 28', 'Vùng sâu, vùng xa, vụ việc phức tạp: không quá 60 ngày.'),
    ('COMPLAINT_SECOND_LODGING', 'COMPLAINT', 'LODGING', 'SECOND', 'NORMAL', false, 30, 'CALENDAR', 'DECISION', NULL, NULL,
     'Luật Khiếu nại 2011, Điều 33',
     'Kể từ ngày nhận được quyết định giải quyết khiếu nại lần đầu, hoặc từ ngày hết thời hạn giải quyết lần đầu mà khiếu nại không được giải quyết.'),
    ('COMPLAINT_SECOND_LODGING_REMOTE', 'COMPLAINT', 'LODGING', 'SECOND', 'NORMAL', true, 45, 'CALENDAR', 'DECISION', NULL, NULL,
     'Luật Khiếu nại 2011, Điều 33', 'Vùng sâu, vùng xa đi lại khó khăn: có thể kéo dài nhưng không quá 45 ngày.'),
    ('COMPLAINT_SECOND_ACCEPTANCE', 'COMPLAINT', 'ACCEPTANCE', 'SECOND', 'NORMAL', false, 10, 'CALENDAR', 'RECEIPT', NULL, NULL,
     'Luật Khiếu nại 2011, Điều 36',
     'Thụ lý giải quyết khiếu nại lần hai. Không có trong bảng mặc định của DOMAIN.md; điều khoản chưa được đối chiếu với văn bản gốc (cần xác nhận).'),
    ('COMPLAINT_SECOND_RESOLUTION', 'COMPLAINT', 'RESOLUTION', 'SECOND', 'NORMAL', false, 45, 'CALENDAR', 'ACCEPTANCE', NULL, NULL,
     'Luật Khiếu nại 2011, Điều 37', NULL),
    ('COMPLAINT_SECOND_RESOLUTION_COMPLEX', 'COMPLAINT', 'RESOLUTION', 'SECOND', 'COMPLEX', false, 60, 'CALENDAR', 'ACCEPTANCE', NULL, NULL,
     'Luật Khiếu nại 2011, Điều 37', 'Vụ việc phức tạp: không quá 60 ngày kể từ ngày thụ lý.'),
    ('COMPLAINT_SECOND_RESOLUTION_REMOTE', 'COMPLAINT', 'RESOLUTION', 'SECOND', 'NORMAL', true, 60, 'CALENDAR', 'ACCEPTANCE', NULL, NULL,
     'Luật Khiếu nại 2011, Điều 37', 'Vùng sâu, vùng xa đi lại khó khăn: không quá 60 ngày.'),
    ('COMPLAINT_SECOND_RESOLUTION_REMOTE_COMPLEX', 'COMPLAINT', 'RESOLUTION', 'SECOND', 'COMPLEX', true, 70, 'CALENDAR', 'ACCEPTANCE', NULL, NULL,
     'Luật Khiếu nại 2011, Điều 37', 'Vùng sâu, vùng xa, vụ việc phức tạp: không quá 70 ngày.'),
    -- Law on Denunciation 2018 (Luật Tố cáo, số 25/2018/QH14)
    ('DENUNCIATION_FIRST_HANDLING', 'DENUNCIATION', 'CLASSIFICATION', NULL, 'NORMAL', false, 7, 'WORKING', 'RECEIPT', NULL, NULL,
     'Luật Tố cáo 2018, khoản 1 Điều 24',
     'Vào sổ, phân loại, xử lý ban đầu thông tin tố cáo; kiểm tra, xác minh thông tin về người tố cáo và điều kiện thụ lý.'),
    ('DENUNCIATION_FIRST_HANDLING_COMPLEX', 'DENUNCIATION', 'CLASSIFICATION', NULL, 'COMPLEX', false, 10, 'WORKING', 'RECEIPT', NULL, NULL,
     'Luật Tố cáo 2018, khoản 1 Điều 24',
     'Trường hợp phải kiểm tra, xác minh tại nhiều địa điểm: không quá 10 ngày làm việc (mô hình hóa là COMPLEX).'),
    ('DENUNCIATION_FORWARDING', 'DENUNCIATION', 'FORWARDING', NULL, 'NORMAL', false, 5, 'WORKING', 'RECEIPT', NULL, NULL,
     'Luật Tố cáo 2018, khoản 2 Điều 24',
     'Tố cáo không thuộc thẩm quyền: chuyển đến cơ quan, tổ chức, cá nhân có thẩm quyền và thông báo cho người tố cáo.'),
    ('DENUNCIATION_ACCEPTANCE_NOTIFICATION', 'DENUNCIATION', 'NOTIFICATION', NULL, 'NORMAL', false, 5, 'WORKING', 'DECISION', NULL, NULL,
     'Luật Tố cáo 2018, Điều 29',
     'Kể từ ngày ra quyết định thụ lý tố cáo: thông báo cho người tố cáo và người bị tố cáo. Khoản cụ thể của Điều 29 chưa được đối chiếu với văn bản gốc.'),
    ('DENUNCIATION_RESOLUTION', 'DENUNCIATION', 'RESOLUTION', NULL, 'NORMAL', false, 30, 'CALENDAR', 'ACCEPTANCE', NULL, NULL,
     'Luật Tố cáo 2018, khoản 1 Điều 30', NULL),
    ('DENUNCIATION_RESOLUTION_COMPLEX', 'DENUNCIATION', 'RESOLUTION', NULL, 'COMPLEX', false, 30, 'CALENDAR', 'ACCEPTANCE', 30, 1,
     'Luật Tố cáo 2018, khoản 1 Điều 30', 'Vụ việc phức tạp: gia hạn một lần, không quá 30 ngày (tối đa 60 ngày); gia hạn bằng văn bản.'),
    ('DENUNCIATION_RESOLUTION_ESPECIALLY_COMPLEX', 'DENUNCIATION', 'RESOLUTION', NULL, 'ESPECIALLY_COMPLEX', false, 30, 'CALENDAR', 'ACCEPTANCE', 30, 2,
     'Luật Tố cáo 2018, khoản 1 Điều 30', 'Vụ việc đặc biệt phức tạp: gia hạn hai lần, mỗi lần không quá 30 ngày (tối đa 90 ngày); gia hạn bằng văn bản.'),
    -- Recommendations and reflections (kiến nghị, phản ánh): Circular 05/2021/TT-TTCP on citizen reception and petition handling
    ('RECOMMENDATION_CLASSIFICATION', 'RECOMMENDATION', 'CLASSIFICATION', NULL, 'NORMAL', false, 10, 'WORKING', 'RECEIPT', NULL, NULL,
     'Thông tư 05/2021/TT-TTCP',
     'Nghiên cứu, phân loại, xử lý đơn kiến nghị. Thời hạn 10 ngày làm việc được trích dẫn rộng rãi; điều khoản cụ thể chưa được xác nhận (cần đối chiếu văn bản gốc).'),
    ('REFLECTION_CLASSIFICATION', 'REFLECTION', 'CLASSIFICATION', NULL, 'NORMAL', false, 10, 'WORKING', 'RECEIPT', NULL, NULL,
     'Thông tư 05/2021/TT-TTCP',
     'Nghiên cứu, phân loại, xử lý đơn phản ánh. Thời hạn 10 ngày làm việc được trích dẫn rộng rãi; điều khoản cụ thể chưa được xác nhận (cần đối chiếu văn bản gốc).'),
    -- Voters' recommendations (kiến nghị cử tri)
    ('VOTER_RECOMMENDATION_ANSWER', 'VOTER_RECOMMENDATION', 'ANSWER', NULL, 'NORMAL', false, 40, 'CALENDAR', 'RECEIPT', NULL, NULL,
     'Quyết định 33/2017/QĐ-TTg, Điều 12',
     'Kiến nghị thuộc thẩm quyền của cơ quan. Trích dẫn theo DOMAIN.md; chưa được đối chiếu với văn bản gốc (cần xác nhận).'),
    ('VOTER_RECOMMENDATION_ANSWER_SHARED', 'VOTER_RECOMMENDATION', 'ANSWER', NULL, 'COMPLEX', false, 50, 'CALENDAR', 'RECEIPT', NULL, NULL,
     'Quyết định 33/2017/QĐ-TTg, Điều 12',
     'Cơ quan chủ trì đối với vấn đề liên quan nhiều cơ quan (lead agency on a shared matter), mô hình hóa là COMPLEX. Trích dẫn theo DOMAIN.md; chưa được đối chiếu với văn bản gốc (cần xác nhận).')
) AS r (code, kind, stage, round, complexity, remote, days, day_type, counted_from, ext, max_ext, ref, note);
