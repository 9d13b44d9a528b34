package vn.lienthong.kernel.report;

import io.micronaut.core.annotation.Nullable;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import vn.lienthong.kernel.attachment.TextContent;
import vn.lienthong.kernel.web.FileNames;
import vn.lienthong.kernel.web.Problem;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.ProblemType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What every spreadsheet import shares (bridge points, accounts, units): a CSV or XLSX upload read into rows keyed by
 * the columns its heading names (Vietnamese or English, case and diacritics ignored), the template written with the
 * same headings, and the rule that every row is checked and any problem refuses the whole file with one 422 listing
 * each problem as {@code rows[N].field}, N the spreadsheet row.
 */
public final class SheetImport {
    public static final String CSV = "text/csv";
    public static final String CSV_UTF8 = "text/csv; charset=utf-8";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Files larger than this are refused (413). */
    public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;
    /** A refused import lists at most this many problems (the detail says how many there were). */
    public static final int MAX_REPORTED_ERRORS = 1_000;

    private SheetImport() {
    }

    /** A column of an import: its heading in the template, whether a file must have it, and the headings it is recognised by (normalized). */
    public interface Column {
        String header();

        boolean required();

        List<String> names();
    }

    /**
     * What one import reads: its columns, the rows a file may hold, what the rows are called in messages ("bridge
     * points") and where its template is ("GET …/bridge-points/template").
     */
    public record Spec<C extends Enum<C> & Column>(Class<C> columns, int maxRows, String what, String template) {
    }

    /** The upload as it came. */
    public record Upload(@Nullable String fileName, @Nullable String contentType, byte[] content) {
        /** The multipart part as the import reads it. */
        public static Upload of(io.micronaut.http.multipart.CompletedFileUpload file) {
            try {
                return new Upload(file.getFilename(), file.getContentType().map(io.micronaut.http.MediaType::toString).orElse(null), file.getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A template as a download named {@code base.xlsx} or {@code base.csv}. */
    public static io.micronaut.http.HttpResponse<byte[]> download(byte[] body, String base, Format format) {
        String name = base + (format == Format.CSV ? ".csv" : ".xlsx");
        return io.micronaut.http.HttpResponse.ok(body).contentType(io.micronaut.http.MediaType.of(format == Format.CSV ? CSV_UTF8 : XLSX))
                .header(io.micronaut.http.HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"");
    }

    /** One data row with its spreadsheet row number (the heading is row 1). */
    public record Line<C>(int number, Map<C, String> values) {
        @Nullable
        public String get(C column) {
            return values.get(column);
        }

        /** The cell stripped, null when blank. */
        @Nullable
        public String value(C column) {
            return blank(values.get(column));
        }

        /** The prefix of this row's problems: {@code rows[N].}. */
        public String at() {
            return "rows[" + number + "].";
        }
    }

    public enum FileKind { CSV, XLSX }

    /** The file formats of an import template. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "ImportTemplateFormat", description = "File format of an import template: XLSX (Excel, the default) or CSV (UTF-8 with BOM)")
    public enum Format { XLSX, CSV }

    /** Reads the upload (413 when too large, 415 when neither CSV nor XLSX, 422 when the heading or the rows are missing). */
    public static <C extends Enum<C> & Column> List<Line<C>> read(Spec<C> spec, Upload upload) {
        if (upload.content().length > MAX_FILE_BYTES) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "An import file may be at most " + MAX_FILE_BYTES / (1024 * 1024) + " MiB.");
        }
        return switch (kindOf(upload)) {
            case CSV -> readCsv(spec, upload.content());
            case XLSX -> readXlsx(spec, upload.content());
        };
    }

    /** Refuses the whole file (422) when any row has a problem, the problems in row order. */
    public static void refuseIfAny(List<Problem.FieldError> errors) {
        if (errors.isEmpty()) {
            return;
        }
        List<Problem.FieldError> sorted = new ArrayList<>(errors);
        int total = sorted.size();
        sorted.sort((a, b) -> Integer.compare(rowOf(a.field()), rowOf(b.field())));
        List<Problem.FieldError> reported = total > MAX_REPORTED_ERRORS ? sorted.subList(0, MAX_REPORTED_ERRORS) : sorted;
        throw new ProblemException(ProblemType.UNPROCESSABLE, "The file has " + total + (total == 1 ? " problem" : " problems")
                + (total > reported.size() ? " (the first " + reported.size() + " are listed)" : "")
                + "; nothing was imported. Correct the rows named and import the whole file again.", List.copyOf(reported), Map.of());
    }

    private static int rowOf(String field) {
        int open = field.indexOf('[');
        int close = field.indexOf(']');
        return open < 0 || close < open ? 0 : Integer.parseInt(field.substring(open + 1, close));
    }

    /** "Số đại biểu (dự kiến)" → "so dai bieu du kien". */
    public static String normalize(String heading) {
        String plain = Normalizer.normalize(heading.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }

    @Nullable
    public static String blank(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** The headings of the template, in column order. */
    public static <C extends Enum<C> & Column> String[] headings(Class<C> columns) {
        C[] all = columns.getEnumConstants();
        String[] out = new String[all.length];
        for (int i = 0; i < all.length; i++) {
            out[i] = all[i].header();
        }
        return out;
    }

    // ---- templates ---------------------------------------------------------------------------------------------

    /** UTF-8 with BOM (so Excel shows the diacritics), comma separated, CRLF. */
    public static byte[] csvTemplate(String[] headings, List<String[]> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(csvLine(headings));
        rows.forEach(row -> out.append(csvLine(row)));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String csvLine(String[] cells) {
        return java.util.Arrays.stream(cells).map(SheetImport::csvCell).collect(Collectors.joining(",")) + "\r\n";
    }

    public static String csvCell(String value) {
        return value.contains(",") || value.contains("\"") || value.contains(";") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    /** One sheet of a template workbook: bold headings, text cells, fixed widths in characters. */
    public record TemplateSheet(String name, String[] headings, List<String[]> rows, int[] widths) {
    }

    /** The first sheet is the one the import reads; the others list the codes the file may use. */
    public static byte[] xlsxTemplate(List<TemplateSheet> sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = Xlsx.bold(workbook);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            boolean first = true;
            for (TemplateSheet t : sheets) {
                Sheet sheet = workbook.createSheet(t.name());
                int r = Xlsx.headings(sheet, header, 0, t.headings());
                for (String[] values : t.rows()) {
                    var row = sheet.createRow(r++);
                    for (int c = 0; c < values.length; c++) {
                        row.createCell(c).setCellValue(values[c]);
                        row.getCell(c).setCellStyle(text);
                    }
                }
                if (first) {
                    for (int c = 0; c < t.headings().length; c++) {
                        sheet.setDefaultColumnStyle(c, text);
                    }
                    sheet.createFreezePane(0, 1);
                    first = false;
                }
                Xlsx.widths(sheet, t.widths());
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- reading files -----------------------------------------------------------------------------------------

    /** CSV or XLSX, by name (cleaned like every uploaded name) and type, confirmed by the first bytes; anything else is 415. */
    public static FileKind kindOf(Upload upload) {
        String name = upload.fileName() == null || upload.fileName().isBlank() ? "" : FileNames.clean(upload.fileName(), null).toLowerCase(Locale.ROOT);
        String type = upload.contentType() == null ? "" : upload.contentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
        byte[] c = upload.content();
        boolean zip = c.length >= 4 && c[0] == 'P' && c[1] == 'K' && c[2] == 3 && c[3] == 4;
        boolean ole = c.length >= 4 && c[0] == (byte) 0xD0 && c[1] == (byte) 0xCF && c[2] == 0x11 && c[3] == (byte) 0xE0;
        FileKind kind;
        if (name.endsWith(".xlsx") || (!name.endsWith(".csv") && type.equals(XLSX))) {
            kind = FileKind.XLSX;
        } else if (name.endsWith(".csv") || type.equals(CSV) || type.equals("application/csv")) {
            kind = FileKind.CSV;
        } else if (ole || name.endsWith(".xls")) {
            throw unsupported("Excel 97-2003 (.xls) files are not read; save the list as .xlsx or as CSV UTF-8.");
        } else {
            throw unsupported("Import a CSV (.csv, UTF-8) or Excel (.xlsx) file; «" + (name.isEmpty() ? type : name) + "» is neither.");
        }
        if (kind == FileKind.XLSX && !zip) {
            throw unsupported("The file is not an Excel .xlsx workbook.");
        }
        if (kind == FileKind.CSV && (zip || ole || hasNul(c))) {
            throw unsupported("The file is not CSV text (save it from Excel as «CSV UTF-8», or upload the .xlsx itself).");
        }
        return kind;
    }

    private static boolean hasNul(byte[] content) {
        for (int i = 0, n = Math.min(content.length, 8192); i < n; i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static ProblemException unsupported(String detail) {
        return new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, detail);
    }

    /** Collects rows as they are read: the first non-empty row is the heading; blank rows are skipped. */
    private static final class TableBuilder<C extends Enum<C> & Column> {
        private final Spec<C> spec;
        private Map<Integer, C> columns;
        private final List<Line<C>> rows = new ArrayList<>();

        TableBuilder(Spec<C> spec) {
            this.spec = spec;
        }

        void row(int number, List<String> cells) {
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                return;
            }
            if (columns == null) {
                heading(cells);
                return;
            }
            if (rows.size() == spec.maxRows()) {
                throw new ProblemException(ProblemType.UNPROCESSABLE, "A file may hold at most " + spec.maxRows() + " " + spec.what() + "; split the list.",
                        List.of(new Problem.FieldError("file", "more than " + spec.maxRows() + " data rows")), Map.of());
            }
            Map<C, String> values = new EnumMap<>(spec.columns());
            columns.forEach((index, column) -> values.put(column, index < cells.size() ? cells.get(index) : null));
            rows.add(new Line<>(number, values));
        }

        @Nullable
        private C columnOf(String heading) {
            String key = normalize(heading);
            for (C c : spec.columns().getEnumConstants()) {
                if (c.names().contains(key)) {
                    return c;
                }
            }
            return null;
        }

        private void heading(List<String> cells) {
            columns = new HashMap<>();
            Map<C, Integer> seen = new EnumMap<>(spec.columns());
            List<Problem.FieldError> errors = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                String cell = cells.get(i);
                C column = cell == null ? null : columnOf(cell);
                if (column == null) {
                    continue;
                }
                Integer before = seen.put(column, i);
                if (before != null) {
                    errors.add(new Problem.FieldError("header", "the column «" + column.header() + "» appears twice (columns " + (before + 1) + " and " + (i + 1) + ")"));
                }
                columns.put(i, column);
            }
            List<String> required = new ArrayList<>();
            for (C c : spec.columns().getEnumConstants()) {
                if (c.required()) {
                    required.add("«" + c.header() + "»");
                    if (!seen.containsKey(c)) {
                        errors.add(new Problem.FieldError("header", "the required column «" + c.header() + "» is missing (row 1 must hold the column headings)"));
                    }
                }
            }
            if (!errors.isEmpty()) {
                String names = required.size() <= 1 ? String.join("", required)
                        : String.join(", ", required.subList(0, required.size() - 1)) + " and " + required.get(required.size() - 1);
                throw new ProblemException(ProblemType.UNPROCESSABLE, "The first row must name the columns: " + names + (required.size() == 1 ? " is" : " are")
                        + " required; download the template (" + spec.template() + ").", errors, Map.of());
            }
        }

        List<Line<C>> build() {
            if (columns == null || rows.isEmpty()) {
                throw new ProblemException(ProblemType.UNPROCESSABLE, "The file holds no " + spec.what() + ".",
                        List.of(new Problem.FieldError("file", columns == null ? "is empty" : "has the column headings but no data rows")), Map.of());
            }
            return List.copyOf(rows);
        }
    }

    /** RFC 4180 with what Excel writes: UTF-8 with or without BOM, comma, semicolon or tab, quoted fields with "" and line breaks. */
    static <C extends Enum<C> & Column> List<Line<C>> readCsv(Spec<C> spec, byte[] content) {
        int start = content.length >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB && content[2] == (byte) 0xBF ? 3 : 0;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "The CSV file is not UTF-8 text: in Excel choose «Save as» → «CSV UTF-8 (Comma delimited)», or upload the .xlsx.",
                    List.of(new Problem.FieldError("file", "is not UTF-8 encoded")), Map.of());
        }
        String notText = TextContent.check(content);
        if (notText != null) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "The CSV file holds control characters, so it is not a list typed in Excel; "
                    + "save it again as «CSV UTF-8», or upload the .xlsx.", List.of(new Problem.FieldError("file", notText)), Map.of());
        }
        char separator = separator(text);
        TableBuilder<C> builder = new TableBuilder<>(spec);
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int record = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
                any = true;
            } else if (ch == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
                any = true;
            } else if (ch == '\r' || ch == '\n') {
                if (ch == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                builder.row(record++, cells);
                cells = new ArrayList<>();
                cell.setLength(0);
                any = false;
            } else {
                cell.append(ch);
                any = true;
            }
        }
        if (any || cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            builder.row(record, cells);
        }
        return builder.build();
    }

    /** The separator of the heading line: whichever of , ; and tab occurs most outside quotes. */
    private static char separator(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted && (ch == '\n' || ch == '\r')) {
                if (commas + semicolons + tabs > 0) {
                    break;
                }
            } else if (!quoted) {
                switch (ch) {
                    case ',' -> commas++;
                    case ';' -> semicolons++;
                    case '\t' -> tabs++;
                    default -> { }
                }
            }
        }
        return semicolons > commas && semicolons >= tabs ? ';' : tabs > commas && tabs > semicolons ? '\t' : ',';
    }

    /** The first sheet, streamed (SAX): cells as Excel shows them, so a number formatted 1.250 reads as it looks. */
    static <C extends Enum<C> & Column> List<Line<C>> readXlsx(Spec<C> spec, byte[] content) {
        Path file;
        try {
            file = Files.createTempFile("sheet-import-", ".xlsx");
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(pkg);
                ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
                StylesTable styles = reader.getStylesTable();
                TableBuilder<C> builder = new TableBuilder<>(spec);
                XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
                if (sheets.hasNext()) {
                    try (InputStream sheet = sheets.next()) {
                        XMLReader parser = XMLHelper.newXMLReader();
                        parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new RowCollector(builder::row), new DataFormatter(Locale.ROOT), false));
                        parser.parse(new InputSource(sheet));
                    }
                }
                return builder.build();
            }
        } catch (ProblemException e) {
            throw e;
        } catch (Exception e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof ProblemException problem) {
                    throw problem;
                }
            }
            // not a workbook after all (a zip of something else, a damaged file): tell the office what we expected
            throw unsupported("The file could not be read as an Excel .xlsx workbook (" + e.getClass().getSimpleName() + ").");
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file; the system cleans its temp directory
            }
        }
    }

    private interface RowSink {
        void row(int number, List<String> cells);
    }

    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowSink sink;
        private List<String> cells;
        private int nextColumn;

        RowCollector(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
            nextColumn = 0;
        }

        @Override
        public void endRow(int rowNum) {
            sink.row(rowNum + 1, cells);
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add(null);
            }
            cells.add(formattedValue);
            nextColumn = column + 1;
        }

        @Override
        public void headerFooter(String text, boolean isHeader, String tagName) {
            // not data
        }
    }
}
