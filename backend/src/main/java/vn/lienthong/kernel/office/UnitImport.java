package vn.lienthong.kernel.office;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import vn.lienthong.kernel.audit.AuditTrail;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.report.SheetImport;
import vn.lienthong.kernel.web.Problem;
import vn.lienthong.kernel.web.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Units from the CSV or XLSX template: every row checked with the rules of POST /units (the request's constraints and
 * its dates) and codes repeated in the file or taken already in the jurisdiction; any problem refuses the whole file
 * (422, nothing created). A good file creates every unit in one transaction, each audited and published as a create.
 */
@Singleton
public class UnitImport {
    static final int MAX_ROWS = 2_000;
    static final SheetImport.Spec<Column> SPEC = new SheetImport.Spec<>(Column.class, MAX_ROWS, "units", "GET /units/import-template");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu"));

    enum Column implements SheetImport.Column {
        CODE("Mã đơn vị", true, "code", "ma don vi", "ma", "unit code", "code"),
        NAME("Tên đơn vị", true, "name", "ten don vi", "ten", "unit name", "name"),
        KIND("Loại đơn vị", true, "kind", "loai don vi", "loai", "kind", "type"),
        VALID_FROM("Hiệu lực từ ngày", true, "validFrom", "hieu luc tu ngay", "tu ngay", "ngay hieu luc", "valid from"),
        VALID_TO("Hiệu lực đến ngày", false, "validTo", "hieu luc den ngay", "den ngay", "valid to");

        final String header;
        final boolean required;
        final String field;
        final List<String> names;

        Column(String header, boolean required, String field, String... names) {
            this.header = header;
            this.required = required;
            this.field = field;
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

    /** The kinds by what a file may say: the API's names or the Vietnamese ones. */
    static final Map<String, UnitKind> KINDS = Map.ofEntries(
            Map.entry("department", UnitKind.DEPARTMENT), Map.entry("so ban nganh", UnitKind.DEPARTMENT), Map.entry("so", UnitKind.DEPARTMENT),
            Map.entry("ban", UnitKind.DEPARTMENT), Map.entry("nganh", UnitKind.DEPARTMENT),
            Map.entry("district", UnitKind.DISTRICT), Map.entry("quan huyen", UnitKind.DISTRICT), Map.entry("huyen", UnitKind.DISTRICT),
            Map.entry("quan", UnitKind.DISTRICT), Map.entry("thi xa", UnitKind.DISTRICT),
            Map.entry("commune", UnitKind.COMMUNE), Map.entry("xa", UnitKind.COMMUNE),
            Map.entry("ward", UnitKind.WARD), Map.entry("phuong", UnitKind.WARD),
            Map.entry("special zone", UnitKind.SPECIAL_ZONE), Map.entry("dac khu", UnitKind.SPECIAL_ZONE),
            Map.entry("other", UnitKind.OTHER), Map.entry("khac", UnitKind.OTHER));

    static final Map<UnitKind, String> KIND_NAMES = Map.of(UnitKind.DEPARTMENT, "Sở, ban, ngành", UnitKind.DISTRICT, "Huyện", UnitKind.COMMUNE, "Xã",
            UnitKind.WARD, "Phường", UnitKind.SPECIAL_ZONE, "Đặc khu", UnitKind.OTHER, "Khác");

    @Serdeable
    @Schema(name = "UnitImportResponse", description = "The units an import created, in file order",
            example = "{\"created\":1,\"units\":[{\"id\":\"3f2504e0-4f89-11d3-9a0c-0305e82c3301\",\"code\":\"XA_TAN_CUONG\",\"name\":\"Xã Tân Cương\","
                    + "\"kind\":\"COMMUNE\",\"validFrom\":\"2025-07-01\",\"validTo\":null,\"active\":true,\"successorUnitId\":null,\"version\":0,"
                    + "\"updatedAt\":\"2026-11-23T09:15:00+07:00\"}]}")
    public record UnitImportResponse(@Schema(description = "How many units were created") int created,
                                     @Schema(description = "The created units") List<UnitResponse> units) {
    }

    private final UnitService service;
    private final UnitRepository units;
    private final Validator validator;
    private final AuditTrail audit;

    UnitImport(UnitService service, UnitRepository units, Validator validator, AuditTrail audit) {
        this.service = service;
        this.units = units;
        this.validator = validator;
        this.audit = audit;
    }

    private record Candidate(int row, UnitRequest request) {
    }

    @Transactional
    public UnitImportResponse importFile(Caller caller, SheetImport.Upload upload) {
        List<SheetImport.Line<Column>> lines = SheetImport.read(SPEC, upload);
        List<Problem.FieldError> errors = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>(lines.size());
        for (SheetImport.Line<Column> line : lines) {
            Candidate candidate = check(line, errors);
            if (candidate != null) {
                candidates.add(candidate);
            }
        }
        duplicates(caller, candidates, errors);
        SheetImport.refuseIfAny(errors);
        List<UnitResponse> created = candidates.stream().map(c -> service.insert(caller, c.request())).toList();
        audit.record(caller, "IMPORT", "unit_import", caller.jurisdictionId(), null,
                Map.of("units", created.size(), "file", upload.fileName() == null ? "" : upload.fileName()));
        return new UnitImportResponse(created.size(), created);
    }

    @Nullable
    private Candidate check(SheetImport.Line<Column> line, List<Problem.FieldError> errors) {
        int before = errors.size();
        String at = line.at();
        UnitKind kind = null;
        String kindText = line.value(Column.KIND);
        if (kindText == null) {
            errors.add(new Problem.FieldError(at + Column.KIND.field, "the kind («" + Column.KIND.header + "») is required"));
        } else {
            kind = KINDS.get(SheetImport.normalize(kindText));
            if (kind == null) {
                errors.add(new Problem.FieldError(at + Column.KIND.field, "«" + kindText + "» is not a kind of unit: "
                        + String.join(", ", KIND_NAMES.values()) + " (or DEPARTMENT, DISTRICT, COMMUNE, WARD, SPECIAL_ZONE, OTHER)"));
            }
        }
        LocalDate from = date(line, Column.VALID_FROM, errors);
        LocalDate to = date(line, Column.VALID_TO, errors);
        String code = line.value(Column.CODE);
        UnitRequest request = new UnitRequest(code == null ? "" : code, nonNull(line.value(Column.NAME)), kind, from, to, null);
        for (ConstraintViolation<UnitRequest> v : validator.validate(request)) {
            String field = v.getPropertyPath().toString();
            if (field.equals("code") || field.equals("name") || (field.equals("validFrom") && line.value(Column.VALID_FROM) == null)) {
                errors.add(new Problem.FieldError(at + field, v.getMessage() + " («" + headerOf(field) + "»)"));
            }
        }
        if (errors.size() > before) {
            return null;
        }
        try {
            UnitService.checkDates(request);
        } catch (ProblemException e) {
            e.errors().forEach(f -> errors.add(new Problem.FieldError(at + f.field(), f.message() + " («" + headerOf(f.field()) + "»)")));
            return null;
        }
        return new Candidate(line.number(), request);
    }

    @Nullable
    private static LocalDate date(SheetImport.Line<Column> line, Column column, List<Problem.FieldError> errors) {
        String text = line.value(column);
        if (text == null) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException ignored) {
                // the next way of writing a date
            }
        }
        errors.add(new Problem.FieldError(line.at() + column.field, "«" + text + "» is not a date: write it as 01/07/2025 (day/month/year) or 2025-07-01"));
        return null;
    }

    /** Codes repeated in the file or taken already in the jurisdiction, as the unique key (jurisdiction, code) sees them. */
    private void duplicates(Caller caller, List<Candidate> candidates, List<Problem.FieldError> errors) {
        Set<String> taken = units.findByJurisdictionId(caller.jurisdictionId()).stream().map(Unit::code).collect(Collectors.toSet());
        Map<String, Integer> first = new HashMap<>();
        for (Candidate c : candidates) {
            String code = c.request().code();
            String at = "rows[" + c.row() + "]." + Column.CODE.field;
            Integer earlier = first.putIfAbsent(code.toUpperCase(Locale.ROOT), c.row());
            if (earlier != null) {
                errors.add(new Problem.FieldError(at, "the code «" + code + "» is already in row " + earlier + " of the file"));
            } else if (taken.contains(code)) {
                errors.add(new Problem.FieldError(at, "the jurisdiction already has a unit with the code «" + code + "»"));
            }
        }
    }

    private static String headerOf(String field) {
        for (Column c : Column.values()) {
            if (c.field.equals(field)) {
                return c.header;
            }
        }
        return field;
    }

    private static String nonNull(@Nullable String value) {
        return value == null ? "" : value;
    }

    /** The headings with two example rows; the XLSX also lists the kinds. */
    public byte[] template(SheetImport.Format format) {
        String[] headings = SheetImport.headings(Column.class);
        List<String[]> example = List.<String[]>of(
                new String[] {"XA_TAN_CUONG", "Xã Tân Cương", KIND_NAMES.get(UnitKind.COMMUNE), "01/07/2025", ""},
                new String[] {"SO_NOI_VU", "Sở Nội vụ", KIND_NAMES.get(UnitKind.DEPARTMENT), "01/01/2020", ""});
        if (format == SheetImport.Format.CSV) {
            return SheetImport.csvTemplate(headings, example);
        }
        List<String[]> kinds = KIND_NAMES.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> new String[] {e.getValue(), e.getKey().name()}).toList();
        return SheetImport.xlsxTemplate(List.of(
                new SheetImport.TemplateSheet("Đơn vị", headings, example, new int[] {24, 40, 20, 18, 18}),
                new SheetImport.TemplateSheet("Loại đơn vị", new String[] {"Loại đơn vị", "Kind"}, kinds, new int[] {24, 20})));
    }
}
