package vn.lienthong.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.lienthong.kernel.audit.AuditTrail;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.clock.Zones;
import vn.lienthong.kernel.report.SheetImport;
import vn.lienthong.kernel.web.PageParams;
import vn.lienthong.kernel.web.PageResponse;
import vn.lienthong.kernel.web.Problem;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.ProblemType;
import vn.lienthong.kernel.web.Sql;
import vn.lienthong.kernel.web.SqlPages;
import vn.lienthong.kernel.web.Versions;
import vn.lienthong.meeting.BridgePointDtos.BridgePointRequest;
import vn.lienthong.meeting.BridgePointDtos.BridgePointResponse;
import vn.lienthong.meeting.BridgePointDtos.ImportMode;
import vn.lienthong.meeting.BridgePointDtos.ImportResult;
import vn.lienthong.meeting.BridgePointDtos.TemplateFormat;
import vn.lienthong.meeting.BridgePointDtos.UnitRef;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Bridge points (điểm cầu) of an online or hybrid conference: typed in one by one, or imported from the CSV or XLSX list
 * the host office collects from the units (hundreds of points for a province-wide conference). An import is checked row
 * by row and accepted whole or refused whole, with every problem named by its spreadsheet row.
 */
@Singleton
public class BridgePoints {
    static final int MAX_ROWS = 5_000;
    static final String CSV = SheetImport.CSV;
    static final String XLSX = SheetImport.XLSX;

    private static final String COLUMNS = "b.*, u.code AS unit_code, u.name AS unit_name";
    private static final String FROM = "meeting_bridge_point b LEFT JOIN unit u ON u.id = b.unit_id";

    /** All rows of an accepted import in one statement: the arrays are unnested in file order, positions continue after `?`. */
    static final String INSERT_ALL = """
            INSERT INTO meeting_bridge_point (id, meeting_id, position, name, unit_id, address, contact_name, contact_phone, expected_delegates, actual_delegates)
            SELECT gen_random_uuid(), ?, ? + t.ord::int, t.name, t.unit_id, t.address, t.contact_name, t.contact_phone, t.expected, t.actual
            FROM unnest(?::text[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::int[], ?::int[])
                 WITH ORDINALITY AS t(name, unit_id, address, contact_name, contact_phone, expected, actual, ord)""";
    /** The names as the table's unique key sees them (name_key), so a duplicate is found exactly as the constraint would. */
    static final String NAME_KEYS = "SELECT search_normalize(btrim(t.name)) FROM unnest(?::text[]) WITH ORDINALITY AS t(name, ord) ORDER BY t.ord";
    static final String TOTALS = "SELECT count(*), coalesce(sum(expected_delegates), 0), coalesce(sum(actual_delegates), 0) FROM meeting_bridge_point WHERE meeting_id = ?";

    private final Sql sql;
    private final SqlPages pages;
    private final JdbcOperations jdbc;
    private final Meetings meetings;
    private final AuditTrail audit;

    BridgePoints(Sql sql, SqlPages pages, JdbcOperations jdbc, Meetings meetings, AuditTrail audit) {
        this.sql = sql;
        this.pages = pages;
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.audit = audit;
    }

    // ---- reading -----------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public PageResponse<BridgePointResponse> list(Caller caller, UUID meetingId, PageParams page) {
        meetings.load(caller, meetingId, false);
        SqlPages.Query query = new SqlPages.Query(COLUMNS, FROM).countFrom("meeting_bridge_point b").tieBreaker("b.id")
                .where("b.meeting_id = ?", meetingId)
                .search("b.name_key", page.q())
                .sortable("position", "b.position").sortable("name", "b.name_key")
                .defaultSort("position");
        return pages.page(query, page, BridgePoints::response);
    }

    @Transactional(readOnly = true)
    public BridgePointResponse get(Caller caller, UUID id) {
        UUID meetingId = meetingOf(id);
        meetings.load(caller, meetingId, false);
        return find(id);
    }

    // ---- writing one ------------------------------------------------------------------------------------------

    @Transactional
    public BridgePointResponse add(Caller caller, UUID meetingId, BridgePointRequest request) {
        Meetings.Row meeting = writable(caller, meetingId);
        UnitRef unit = unit(caller, request.unitId());
        String name = request.name().strip();
        requireUniqueName(meetingId, name, null);
        UUID id = UUID.randomUUID();
        sql.exec("""
                INSERT INTO meeting_bridge_point (id, meeting_id, position, name, unit_id, address, contact_name, contact_phone, expected_delegates, actual_delegates)
                SELECT ?, ?, coalesce(max(position), 0) + 1, ?, ?, ?, ?, ?, ?, ? FROM meeting_bridge_point WHERE meeting_id = ?""",
                id, meetingId, name, unit == null ? null : unit.id(), Meetings.blankToNull(request.address()), Meetings.blankToNull(request.contactName()),
                Meetings.blankToNull(request.contactPhone()), request.expectedDelegates(), request.actualDelegates(), meetingId);
        meetings.touch(meeting.id());
        BridgePointResponse created = find(id);
        audit.record(caller, "CREATE", "meeting_bridge_point", id, null, created);
        return created;
    }

    @Transactional
    public BridgePointResponse update(Caller caller, UUID id, @Nullable String ifMatch, BridgePointRequest request) {
        Meetings.Row meeting = writable(caller, meetingOf(id));
        BridgePointResponse before = find(id);
        Versions.requireIfMatch(ifMatch, before.version());
        UnitRef unit = unit(caller, request.unitId());
        String name = request.name().strip();
        requireUniqueName(meeting.id(), name, id);
        int updated = sql.exec("""
                UPDATE meeting_bridge_point SET name = ?, unit_id = ?, address = ?, contact_name = ?, contact_phone = ?, expected_delegates = ?,
                       actual_delegates = ?, version = version + 1
                WHERE id = ? AND version = ?""", name, unit == null ? null : unit.id(), Meetings.blankToNull(request.address()),
                Meetings.blankToNull(request.contactName()), Meetings.blankToNull(request.contactPhone()), request.expectedDelegates(), request.actualDelegates(),
                id, before.version());
        Versions.requireWritten(updated, () -> sql.scalar("SELECT version FROM meeting_bridge_point WHERE id = ?", Long.class, id), "Bridge point");
        meetings.touch(meeting.id());
        BridgePointResponse after = find(id);
        audit.record(caller, "UPDATE", "meeting_bridge_point", id, before, after);
        return after;
    }

    @Transactional
    public void delete(Caller caller, UUID id) {
        Meetings.Row meeting = writable(caller, meetingOf(id));
        BridgePointResponse before = find(id);
        sql.exec("DELETE FROM meeting_bridge_point WHERE id = ?", id);
        meetings.touch(meeting.id());
        audit.record(caller, "DELETE", "meeting_bridge_point", id, before, null);
    }

    // ---- import ------------------------------------------------------------------------------------------------

    @Transactional
    public ImportResult importFile(Caller caller, UUID meetingId, @Nullable ImportMode requestedMode, SheetImport.Upload upload) {
        ImportMode mode = requestedMode == null ? ImportMode.APPEND : requestedMode;
        Meetings.Row meeting = writable(caller, meetingId);
        List<SheetImport.Line<Column>> table = SheetImport.read(SPEC, upload);
        List<Candidate> rows = validate(caller, meetingId, mode, table);
        int replaced = mode == ImportMode.REPLACE ? sql.exec("DELETE FROM meeting_bridge_point WHERE meeting_id = ?", meetingId) : 0;
        Integer last = sql.scalar("SELECT coalesce(max(position), 0) FROM meeting_bridge_point WHERE meeting_id = ?", Integer.class, meetingId);
        insertAll(meetingId, last == null ? 0 : last, rows);
        meetings.touch(meeting.id());
        audit.record(caller, "IMPORT", "meeting", meetingId, null, Map.of("rows", rows.size(), "mode", mode.name(), "replaced", replaced));
        Object[] totals = sql.row(TOTALS, meetingId);
        return new ImportResult(mode, rows.size(), replaced, ((Number) totals[0]).longValue(), ((Number) totals[1]).longValue(),
                ((Number) totals[2]).longValue());
    }

    private void insertAll(UUID meetingId, int lastPosition, List<Candidate> rows) {
        int n = rows.size();
        String[] names = new String[n];
        UUID[] units = new UUID[n];
        String[] addresses = new String[n];
        String[] contacts = new String[n];
        String[] phones = new String[n];
        Integer[] expected = new Integer[n];
        Integer[] actual = new Integer[n];
        for (int i = 0; i < n; i++) {
            Candidate c = rows.get(i);
            names[i] = c.name();
            units[i] = c.unitId();
            addresses[i] = c.address();
            contacts[i] = c.contactName();
            phones[i] = c.contactPhone();
            expected[i] = c.expectedDelegates();
            actual[i] = c.actualDelegates();
        }
        jdbc.prepareStatement(INSERT_ALL, statement -> {
            var connection = statement.getConnection();
            statement.setObject(1, meetingId);
            statement.setInt(2, lastPosition);
            statement.setArray(3, connection.createArrayOf("text", names));
            statement.setArray(4, connection.createArrayOf("uuid", units));
            statement.setArray(5, connection.createArrayOf("text", addresses));
            statement.setArray(6, connection.createArrayOf("text", contacts));
            statement.setArray(7, connection.createArrayOf("text", phones));
            statement.setArray(8, connection.createArrayOf("int4", expected));
            statement.setArray(9, connection.createArrayOf("int4", actual));
            return statement.executeUpdate();
        });
    }

    /** One accepted row of a file. */
    record Candidate(String name, @Nullable UUID unitId, @Nullable String address, @Nullable String contactName, @Nullable String contactPhone,
                     int expectedDelegates, @Nullable Integer actualDelegates) {
    }

    /** Every row checked; any problem refuses the whole file (422) with one entry per problem. */
    private List<Candidate> validate(Caller caller, UUID meetingId, ImportMode mode, List<SheetImport.Line<Column>> table) {
        Map<String, UUID> unitsByCode = new HashMap<>();
        for (Object[] u : sql.rows("SELECT code, id FROM unit WHERE jurisdiction_id = ?", caller.jurisdictionId())) {
            unitsByCode.put(((String) u[0]).toUpperCase(Locale.ROOT), (UUID) u[1]);
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>(table.size());
        for (SheetImport.Line<Column> line : table) {
            String at = "rows[" + line.number() + "].";
            String name = SheetImport.blank(line.get(Column.NAME));
            if (name == null) {
                errors.add(new Problem.FieldError(at + "name", "the bridge point's name («" + Column.NAME.header + "») is required"));
            } else {
                name = text(errors, at, "name", name, 300);
            }
            UUID unitId = null;
            String code = SheetImport.blank(line.get(Column.UNIT_CODE));
            if (code != null) {
                unitId = unitsByCode.get(code.toUpperCase(Locale.ROOT));
                if (unitId == null) {
                    errors.add(new Problem.FieldError(at + "unitCode", "no unit with the code «" + code + "» in your jurisdiction (GET /units)"));
                }
            }
            String address = text(errors, at, "address", line.get(Column.ADDRESS), 500);
            String contact = text(errors, at, "contactName", line.get(Column.CONTACT_NAME), 200);
            String phone = text(errors, at, "contactPhone", line.get(Column.CONTACT_PHONE), 40);
            Integer expected = number(errors, at, "expectedDelegates", line.get(Column.EXPECTED_DELEGATES), true);
            Integer actual = number(errors, at, "actualDelegates", line.get(Column.ACTUAL_DELEGATES), false);
            candidates.add(new Candidate(name, unitId, address, contact, phone, expected == null ? 0 : expected, actual));
        }
        duplicates(errors, meetingId, mode, table, candidates);
        SheetImport.refuseIfAny(errors);
        return candidates;
    }

    /** Duplicate names within the file and (APPEND) with the points already there, compared as the unique key does. */
    private void duplicates(List<Problem.FieldError> errors, UUID meetingId, ImportMode mode, List<SheetImport.Line<Column>> table, List<Candidate> candidates) {
        String[] names = candidates.stream().map(Candidate::name).toArray(String[]::new);
        List<String> keys = jdbc.prepareStatement(NAME_KEYS, statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("text", names));
            List<String> out = new ArrayList<>(names.length);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
        Map<String, String> existing = new HashMap<>();
        if (mode == ImportMode.APPEND) {
            for (Object[] r : sql.rows("SELECT name_key, name FROM meeting_bridge_point WHERE meeting_id = ?", meetingId)) {
                existing.put((String) r[0], (String) r[1]);
            }
        }
        Map<String, Integer> firstRow = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            if (key == null || key.isEmpty()) {
                continue;
            }
            int number = table.get(i).number();
            Integer first = firstRow.putIfAbsent(key, number);
            if (first != null) {
                errors.add(new Problem.FieldError("rows[" + number + "].name", "«" + candidates.get(i).name() + "» is already in row " + first + " of the file"));
            } else if (existing.containsKey(key)) {
                errors.add(new Problem.FieldError("rows[" + number + "].name", "the meeting already has the bridge point «" + existing.get(key)
                        + "» (import with mode=REPLACE to replace the whole list)"));
            }
        }
    }

    private static String text(List<Problem.FieldError> errors, String at, String field, @Nullable String raw, int max) {
        String value = SheetImport.blank(raw);
        if (value != null && value.length() > max) {
            errors.add(new Problem.FieldError(at + field, "at most " + max + " characters (it has " + value.length() + ")"));
            return null;
        }
        return value;
    }

    private static final Pattern PLAIN = Pattern.compile("\\d+");
    /** 1.250 / 1,250 / 1 250: Vietnamese and English thousands separators. */
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([.,\\s\u00a0]\\d{3})+");

    private static Integer number(List<Problem.FieldError> errors, String at, String field, @Nullable String raw, boolean required) {
        String value = SheetImport.blank(raw);
        Column column = field.equals("expectedDelegates") ? Column.EXPECTED_DELEGATES : Column.ACTUAL_DELEGATES;
        if (value == null) {
            if (required) {
                errors.add(new Problem.FieldError(at + field, "the number of delegates («" + column.header + "») is required"));
            }
            return null;
        }
        String digits = PLAIN.matcher(value).matches() ? value : GROUPED.matcher(value).matches() ? value.replaceAll("[.,\\s\u00a0]", "") : null;
        if (digits == null) {
            errors.add(new Problem.FieldError(at + field, "«" + value + "» is not a whole number of 0 or more («" + column.header + "»)"));
            return null;
        }
        if (digits.length() > 6 || Integer.parseInt(digits) > 100_000) {
            errors.add(new Problem.FieldError(at + field, "at most 100000 delegates at one bridge point (it says " + value + ")"));
            return null;
        }
        return Integer.parseInt(digits);
    }

    // ---- reading files -----------------------------------------------------------------------------------------

    static final SheetImport.Spec<Column> SPEC = new SheetImport.Spec<>(Column.class, MAX_ROWS, "bridge points", "GET …/bridge-points/template");

    /** The columns of the list, recognised by their Vietnamese or English headings (case and diacritics ignored). */
    enum Column implements SheetImport.Column {
        NAME("Tên điểm cầu", true, "ten diem cau", "diem cau", "ten", "name", "bridge point", "bridge point name"),
        UNIT_CODE("Mã đơn vị", false, "ma don vi", "ma dv", "don vi", "unit code", "unit", "code"),
        ADDRESS("Địa chỉ", false, "dia chi", "dia diem", "address", "location"),
        CONTACT_NAME("Người liên hệ", false, "nguoi lien he", "lien he", "contact", "contact name", "contact person"),
        CONTACT_PHONE("Điện thoại", false, "dien thoai", "so dien thoai", "sdt", "dt", "phone", "contact phone", "telephone"),
        EXPECTED_DELEGATES("Số đại biểu dự kiến", true, "so dai bieu du kien", "dai bieu du kien", "so dai bieu", "expected delegates", "expected"),
        ACTUAL_DELEGATES("Số đại biểu thực tế", false, "so dai bieu thuc te", "dai bieu thuc te", "so dai bieu tham du", "actual delegates", "actual");

        final String header;
        final boolean required;
        final List<String> names;

        Column(String header, boolean required, String... names) {
            this.header = header;
            this.required = required;
            this.names = List.of(names);
        }

        @Override
        public String header() {
            return header;
        }

        @Override
        public boolean required() {
            return required;
        }

        @Override
        public List<String> names() {
            return names;
        }
    }

    // ---- template ----------------------------------------------------------------------------------------------

    /** The headings and one example row; the XLSX also lists the unit codes of the jurisdiction on a second sheet. */
    @Transactional(readOnly = true)
    public byte[] template(Caller caller, UUID meetingId, TemplateFormat format) {
        meetings.load(caller, meetingId, false);
        List<Object[]> units = sql.rows("SELECT code, name FROM unit WHERE jurisdiction_id = ? AND (valid_to IS NULL OR valid_to >= ?) ORDER BY code",
                caller.jurisdictionId(), meetings.now().atZone(Zones.VIETNAM).toLocalDate());
        String exampleCode = units.isEmpty() ? "" : (String) units.get(0)[0];
        String exampleName = units.isEmpty() ? "Điểm cầu UBND huyện Phú Lương" : "Điểm cầu " + units.get(0)[1];
        String[] example = {exampleName, exampleCode, "Hội trường tầng 2, trụ sở " + (units.isEmpty() ? "UBND huyện" : units.get(0)[1]), "Nguyễn Thị Mai",
                "0912 345 678", "45", ""};
        String[] headings = Arrays.stream(Column.values()).map(c -> c.header).toArray(String[]::new);
        return format == TemplateFormat.CSV ? csvTemplate(headings, example) : xlsxTemplate(headings, example, units);
    }

    private static byte[] csvTemplate(String[] headings, String[] example) {
        return SheetImport.csvTemplate(headings, List.<String[]>of(example));
    }

    private static byte[] xlsxTemplate(String[] headings, String[] example, List<Object[]> units) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            Sheet sheet = workbook.createSheet("Điểm cầu");
            var head = sheet.createRow(0);
            var row = sheet.createRow(1);
            for (int c = 0; c < headings.length; c++) {
                head.createCell(c).setCellValue(headings[c]);
                head.getCell(c).setCellStyle(header);
                Column column = Column.values()[c];
                if (column == Column.EXPECTED_DELEGATES || column == Column.ACTUAL_DELEGATES) {
                    if (!example[c].isEmpty()) {
                        row.createCell(c).setCellValue(Integer.parseInt(example[c]));
                    }
                } else {
                    row.createCell(c).setCellValue(example[c]);
                    sheet.setDefaultColumnStyle(c, text);
                }
                sheet.setColumnWidth(c, (column == Column.NAME || column == Column.ADDRESS ? 40 : 20) * 256);
            }
            sheet.createFreezePane(0, 1);
            Sheet codes = workbook.createSheet("Mã đơn vị");
            var codesHead = codes.createRow(0);
            codesHead.createCell(0).setCellValue("Mã đơn vị");
            codesHead.createCell(1).setCellValue("Tên đơn vị");
            codesHead.getCell(0).setCellStyle(header);
            codesHead.getCell(1).setCellStyle(header);
            int r = 1;
            for (Object[] unit : units) {
                var line = codes.createRow(r++);
                line.createCell(0).setCellValue((String) unit[0]);
                line.createCell(1).setCellValue((String) unit[1]);
            }
            codes.setColumnWidth(0, 20 * 256);
            codes.setColumnWidth(1, 50 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** The meeting, locked, when the caller hosts it and it takes bridge points now (409 otherwise). */
    private Meetings.Row writable(Caller caller, UUID meetingId) {
        Meetings.Row meeting = meetings.load(caller, meetingId, true);
        MeetingAccess.requireHost(caller, meeting);
        if (!meeting.format().hasBridgePoints()) {
            throw ProblemException.conflict("«" + meeting.title() + "» is held in person (trực tiếp); bridge points (điểm cầu) belong to online or hybrid "
                    + "conferences. Change its format first.");
        }
        if (meeting.status() == MeetingStatus.CANCELLED || meeting.status() == MeetingStatus.CLOSED) {
            throw ProblemException.conflict("The meeting is " + meeting.status() + "; its bridge points no longer change.");
        }
        return meeting;
    }

    private UUID meetingOf(UUID bridgePointId) {
        UUID meetingId = sql.scalar("SELECT meeting_id FROM meeting_bridge_point WHERE id = ?", UUID.class, bridgePointId);
        if (meetingId == null) {
            throw ProblemException.notFound("Bridge point");
        }
        return meetingId;
    }

    private BridgePointResponse find(UUID id) {
        List<BridgePointResponse> found = sql.query("SELECT " + COLUMNS + " FROM " + FROM + " WHERE b.id = ?", BridgePoints::response, id);
        if (found.isEmpty()) {
            throw ProblemException.notFound("Bridge point");
        }
        return found.get(0);
    }

    private UnitRef unit(Caller caller, @Nullable UUID unitId) {
        if (unitId == null) {
            return null;
        }
        Object[] u = sql.row("SELECT id, code, name FROM unit WHERE id = ? AND jurisdiction_id = ?", unitId, caller.jurisdictionId());
        if (u == null) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "The bridge point refers to an unknown unit.",
                    List.of(new Problem.FieldError("unitId", "no such unit in your jurisdiction (GET /units)")), Map.of());
        }
        return new UnitRef((UUID) u[0], (String) u[1], (String) u[2]);
    }

    private void requireUniqueName(UUID meetingId, String name, @Nullable UUID except) {
        String existing = sql.scalar("SELECT name FROM meeting_bridge_point WHERE meeting_id = ? AND name_key = search_normalize(btrim(?)) AND id IS DISTINCT FROM ?::uuid",
                String.class, meetingId, name, except);
        if (existing != null) {
            throw ProblemException.conflict("The meeting already has the bridge point «" + existing + "»; names are unique within a meeting "
                    + "(ignoring case and diacritics).");
        }
    }

    static BridgePointResponse response(ResultSet rs) throws SQLException {
        UUID unitId = SqlPages.uuid(rs, "unit_id");
        int actual = rs.getInt("actual_delegates");
        Integer actualDelegates = rs.wasNull() ? null : actual;
        return new BridgePointResponse(SqlPages.uuid(rs, "id"), SqlPages.uuid(rs, "meeting_id"), rs.getInt("position"), rs.getString("name"),
                unitId == null ? null : new UnitRef(unitId, rs.getString("unit_code"), rs.getString("unit_name")), rs.getString("address"),
                rs.getString("contact_name"), rs.getString("contact_phone"), rs.getInt("expected_delegates"), actualDelegates, rs.getLong("version"));
    }
}
