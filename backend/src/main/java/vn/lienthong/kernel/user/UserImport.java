package vn.lienthong.kernel.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import vn.lienthong.kernel.audit.AuditTrail;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.auth.Role;
import vn.lienthong.kernel.report.SheetImport;
import vn.lienthong.kernel.web.Problem;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.ProblemType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Bulk onboarding of accounts from the CSV or XLSX template: every row is checked with the rules of a single create
 * ({@link UserAccess#requireAssignable}, {@link UserAdministration#checkNew}, the request's own constraints), plus
 * usernames repeated in the file or taken already; any problem refuses the whole file (422, one entry per problem,
 * nothing created). A good file creates every account in one transaction, each with its one-time password, each
 * audited as a create.
 */
@Singleton
public class UserImport {
    static final int MAX_ROWS = 2_000;
    static final SheetImport.Spec<Column> SPEC = new SheetImport.Spec<>(Column.class, MAX_ROWS, "accounts", "GET /users/import-template");

    /** The template's columns; a row's problems name the field in brackets. */
    enum Column implements SheetImport.Column {
        USERNAME("Tên đăng nhập", true, "username", "ten dang nhap", "tai khoan", "login"),
        FULL_NAME("Họ và tên", true, "fullName", "ho va ten", "ho ten", "full name", "name"),
        ROLE("Vai trò", true, "role", "vai tro", "role"),
        OFFICE_CODE("Mã văn phòng", false, "officeCode", "ma van phong", "van phong", "office code", "office"),
        UNIT_CODE("Mã đơn vị", false, "unitCode", "ma don vi", "don vi", "unit code", "unit"),
        EMAIL("Email", false, "email", "email", "e mail", "thu dien tu"),
        PHONE("Điện thoại", false, "phone", "dien thoai", "so dien thoai", "sdt", "phone", "telephone");

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

    /** The roles by what a file may say: the API's names or the Vietnamese ones (case and diacritics ignored). */
    static final Map<String, Role> ROLES = Map.ofEntries(
            Map.entry("specialist", Role.SPECIALIST), Map.entry("chuyen vien", Role.SPECIALIST),
            Map.entry("office leader", Role.OFFICE_LEADER), Map.entry("lanh dao van phong", Role.OFFICE_LEADER),
            Map.entry("chief of office", Role.CHIEF_OF_OFFICE), Map.entry("chanh van phong", Role.CHIEF_OF_OFFICE),
            Map.entry("unit officer", Role.UNIT_OFFICER), Map.entry("can bo don vi", Role.UNIT_OFFICER),
            Map.entry("system admin", Role.SYSTEM_ADMIN), Map.entry("quan tri he thong", Role.SYSTEM_ADMIN),
            Map.entry("national admin", Role.NATIONAL_ADMIN), Map.entry("quan tri quoc gia", Role.NATIONAL_ADMIN));

    /** Vietnamese role names for the template, in the order of {@link Role}. */
    static final Map<Role, String> ROLE_NAMES = Map.of(Role.SPECIALIST, "Chuyên viên", Role.OFFICE_LEADER, "Lãnh đạo văn phòng",
            Role.CHIEF_OF_OFFICE, "Chánh văn phòng", Role.UNIT_OFFICER, "Cán bộ đơn vị", Role.SYSTEM_ADMIN, "Quản trị hệ thống");

    private final UserAdministration users;
    private final UserStore store;
    private final Validator validator;
    private final AuditTrail audit;

    UserImport(UserAdministration users, UserStore store, Validator validator, AuditTrail audit) {
        this.users = users;
        this.store = store;
        this.validator = validator;
        this.audit = audit;
    }

    /** A checked row: the request a single create would get and the username as stored. */
    private record Candidate(int row, String username, UserDtos.CreateUserRequest request) {
    }

    @Transactional
    public UserDtos.UserImportResponse importFile(Caller caller, SheetImport.Upload upload) {
        UserAccess.requireManager(caller);
        List<SheetImport.Line<Column>> lines = SheetImport.read(SPEC, upload);
        Map<String, UUID> offices = store.officeCodes(caller.jurisdictionId());
        Map<String, UUID> units = store.unitCodes(caller.jurisdictionId());
        List<Problem.FieldError> errors = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>(lines.size());
        for (SheetImport.Line<Column> line : lines) {
            Candidate candidate = check(caller, line, offices, units, errors);
            if (candidate != null) {
                candidates.add(candidate);
            }
        }
        duplicates(candidates, errors);
        SheetImport.refuseIfAny(errors);
        List<UserDtos.UserWithPasswordResponse> created = candidates.stream().map(c -> users.insertNew(caller, c.username(), c.request())).toList();
        audit.record(caller, "IMPORT", "app_user_import", caller.jurisdictionId(), null,
                Map.of("accounts", created.size(), "file", upload.fileName() == null ? "" : upload.fileName()));
        return new UserDtos.UserImportResponse(created.size(), created);
    }

    /** One row through the single create's rules; null when it has a problem (added to errors). */
    @Nullable
    private Candidate check(Caller caller, SheetImport.Line<Column> line, Map<String, UUID> offices, Map<String, UUID> units,
                            List<Problem.FieldError> errors) {
        int before = errors.size();
        String at = line.at();
        Role role = null;
        String roleText = line.value(Column.ROLE);
        if (roleText == null) {
            errors.add(new Problem.FieldError(at + Column.ROLE.field, "the role («" + Column.ROLE.header + "») is required"));
        } else {
            role = ROLES.get(SheetImport.normalize(roleText));
            if (role == null) {
                errors.add(new Problem.FieldError(at + Column.ROLE.field, "«" + roleText + "» is not a role: " + String.join(", ", ROLE_NAMES.values())
                        + " (or SPECIALIST, OFFICE_LEADER, CHIEF_OF_OFFICE, UNIT_OFFICER, SYSTEM_ADMIN)"));
            }
        }
        UUID officeId = code(line, Column.OFFICE_CODE, offices, "office", "GET /offices", errors);
        UUID unitId = code(line, Column.UNIT_CODE, units, "unit", "GET /units", errors);
        UserDtos.CreateUserRequest request = new UserDtos.CreateUserRequest(nonNull(line.value(Column.USERNAME)), nonNull(line.value(Column.FULL_NAME)),
                role, officeId, unitId, line.value(Column.EMAIL), line.value(Column.PHONE));
        for (ConstraintViolation<UserDtos.CreateUserRequest> v : validator.validate(request)) {
            String field = v.getPropertyPath().toString();
            if (!field.equals("role")) {
                errors.add(new Problem.FieldError(at + field, v.getMessage() + " («" + headerOf(field) + "»)"));
            }
        }
        if (errors.size() > before || role == null) {
            return null;
        }
        try {
            UserAccess.requireAssignable(caller, role, officeId);
        } catch (ProblemException e) {
            String field = UserAccess.isChief(caller) && UserAccess.OFFICE_STAFF.contains(role) ? Column.OFFICE_CODE.field : Column.ROLE.field;
            errors.add(new Problem.FieldError(at + field, e.getMessage()));
            return null;
        }
        try {
            return new Candidate(line.number(), users.checkNew(caller, request), request);
        } catch (ProblemException e) {
            if (e.type() != ProblemType.UNPROCESSABLE && e.type() != ProblemType.VALIDATION) {
                throw e;
            }
            if (e.errors().isEmpty()) {
                errors.add(new Problem.FieldError(at + Column.USERNAME.field, e.getMessage()));
            }
            e.errors().forEach(f -> errors.add(new Problem.FieldError(at + rowField(f.field()), f.message())));
            return null;
        }
    }

    @Nullable
    private static UUID code(SheetImport.Line<Column> line, Column column, Map<String, UUID> known, String what, String list,
                             List<Problem.FieldError> errors) {
        String code = line.value(column);
        if (code == null) {
            return null;
        }
        UUID id = known.get(code.toUpperCase(Locale.ROOT));
        if (id == null) {
            errors.add(new Problem.FieldError(line.at() + column.field, "no " + what + " with the code «" + code + "» in your jurisdiction (" + list + ")"));
        }
        return id;
    }

    /** Usernames repeated in the file, or taken already (in the whole system), as the unique index would see them. */
    private void duplicates(List<Candidate> candidates, List<Problem.FieldError> errors) {
        Map<String, Integer> first = new HashMap<>();
        Set<String> taken = store.taken(candidates.stream().map(Candidate::username).toList());
        for (Candidate c : candidates) {
            String at = "rows[" + c.row() + "]." + Column.USERNAME.field;
            Integer earlier = first.putIfAbsent(c.username(), c.row());
            if (earlier != null) {
                errors.add(new Problem.FieldError(at, "the username " + c.username() + " is already in row " + earlier + " of the file (usernames ignore case and diacritics)"));
            } else if (taken.contains(c.username())) {
                errors.add(new Problem.FieldError(at, "the username " + c.username() + " is taken (usernames ignore case and diacritics)"));
            }
        }
    }

    /** The single create's fields by the file's: officeId is the office code's column. */
    private static String rowField(String field) {
        return switch (field) {
            case "officeId" -> Column.OFFICE_CODE.field;
            case "unitId" -> Column.UNIT_CODE.field;
            default -> field;
        };
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

    // ---- template ----------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public byte[] template(Caller caller, SheetImport.Format format) {
        UserAccess.requireManager(caller);
        String[] headings = SheetImport.headings(Column.class);
        Map<String, UUID> offices = new LinkedHashMap<>(store.officeCodes(caller.jurisdictionId()));
        String office = UserAccess.isChief(caller) ? offices.entrySet().stream().filter(e -> e.getValue().equals(caller.officeId()))
                .map(Map.Entry::getKey).findFirst().orElse("") : offices.keySet().stream().sorted().findFirst().orElse("VPUBND");
        List<String[]> example = List.<String[]>of(
                new String[] {"nguyen.van.an", "Nguyễn Văn An", ROLE_NAMES.get(Role.SPECIALIST), office, "", "an.nv@tinh.gov.vn", "0912 345 678"},
                new String[] {"tran.thi.binh", "Trần Thị Bình", ROLE_NAMES.get(Role.OFFICE_LEADER), office, "", "", ""});
        if (format == SheetImport.Format.CSV) {
            return SheetImport.csvTemplate(headings, example);
        }
        List<String[]> roles = ROLE_NAMES.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new String[] {e.getValue(), e.getKey().name()}).toList();
        List<String[]> officeRows = store.officeCodes(caller.jurisdictionId()).keySet().stream().sorted().map(c -> new String[] {c}).toList();
        List<String[]> unitRows = store.unitCodes(caller.jurisdictionId()).keySet().stream().sorted().map(c -> new String[] {c}).toList();
        return SheetImport.xlsxTemplate(List.of(
                new SheetImport.TemplateSheet("Tài khoản", headings, example, new int[] {24, 30, 22, 16, 16, 28, 18}),
                new SheetImport.TemplateSheet("Vai trò", new String[] {"Vai trò", "Role"}, roles, new int[] {24, 20}),
                new SheetImport.TemplateSheet("Mã văn phòng", new String[] {"Mã văn phòng"}, officeRows, new int[] {20}),
                new SheetImport.TemplateSheet("Mã đơn vị", new String[] {"Mã đơn vị"}, unitRows, new int[] {24})));
    }
}
