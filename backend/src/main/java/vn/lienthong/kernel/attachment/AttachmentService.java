package vn.lienthong.kernel.attachment;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.audit.AuditTrail;
import vn.lienthong.kernel.auth.Access;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.clock.Zones;
import vn.lienthong.kernel.web.FileNames;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.ProblemType;
import vn.lienthong.kernel.web.SqlPages;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Upload and download of files with a size limit, a list of accepted types (binary types checked against the file's
 * first bytes, text types as strict UTF-8 without control characters, see {@link TextContent}) and a SHA-256
 * checksum. Names are cleaned by {@link FileNames}. A file belongs to the uploader's office or unit.
 */
@Singleton
public class AttachmentService {
    private final AttachmentStorage storage;
    private final JdbcOperations jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final long maxBytes;
    private final Set<String> allowedTypes;

    AttachmentService(AttachmentStorage storage, JdbcOperations jdbc, AuditTrail audit, Clock clock,
                      @Value("${lienthong.attachments.max-bytes}") long maxBytes,
                      @Value("${lienthong.attachments.allowed-types}") List<String> allowedTypes) {
        this.storage = storage;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.maxBytes = maxBytes;
        this.allowedTypes = Set.copyOf(allowedTypes);
    }

    public record Stored(AttachmentResponse metadata, UUID officeId, UUID unitId, UUID jurisdictionId, String storageKey) {
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Checks that every id names a file of the caller's own office or unit, so that a record can only point at
     * files its author may show; otherwise a validation problem on `field`.
     */
    @Transactional(readOnly = true)
    public void requireOwn(Caller caller, List<UUID> ids, String field) {
        if (ids == null || ids.isEmpty()) {
            return;
        }
        Long own = jdbc.prepareStatement("SELECT count(*) FROM attachment WHERE id = ANY(?) AND jurisdiction_id = ? AND (office_id = ? OR unit_id = ?)",
                statement -> {
                    SqlPages.bind(statement, Arrays.asList(ids.toArray(new UUID[0]), caller.jurisdictionId(), caller.officeId(), caller.unitId()));
                    try (ResultSet rs = statement.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
        if (own != new java.util.HashSet<>(ids).size()) {
            throw ProblemException.invalid(field, "unknown attachment, or one your office or unit did not upload");
        }
    }

    @Transactional
    public AttachmentResponse upload(Caller caller, String fileName, String contentType, long declaredSize, InputStream content) {
        if (caller.officeId() == null && caller.unitId() == null) {
            throw ProblemException.forbidden("Only members of an office or unit can upload files.");
        }
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase();
        if (!allowedTypes.contains(type)) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Files of type '" + type + "' are not accepted; accepted: "
                    + String.join(", ", allowedTypes.stream().sorted().toList()) + ".");
        }
        if (declaredSize > maxBytes) {
            throw tooLarge();
        }
        String name = FileNames.clean(fileName, type);
        String key = UUID.randomUUID().toString();
        MessageDigest digest = sha256();
        byte[] head;
        long size;
        try (InputStream in = content) {
            var bounded = new BoundedInputStream(new DigestInputStream(in, digest), maxBytes);
            InputStream checked = TextContent.TYPES.contains(type) ? new TextCheckingInputStream(bounded) : bounded;
            var sniffing = new java.io.BufferedInputStream(checked, 16);
            sniffing.mark(16);
            head = sniffing.readNBytes(8);
            sniffing.reset();
            checkSignature(type, head);
            storage.put(key, sniffing);
            size = bounded.count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (size == 0) {
            deleteQuietly(key);
            throw ProblemException.invalid("file", "must not be empty");
        }
        String checksum = HexFormat.of().formatHex(digest.digest());
        UUID id = UUID.randomUUID();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        jdbc.prepareStatement("""
                INSERT INTO attachment (id, jurisdiction_id, office_id, unit_id, file_name, content_type, size_bytes, sha256, storage_key, uploaded_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", statement -> {
            SqlPages.bind(statement, Arrays.asList(id, caller.jurisdictionId(), caller.officeId(), caller.officeId() == null ? caller.unitId() : null,
                    name, type, size, checksum, key, caller.id(), now));
            return statement.executeUpdate();
        });
        AttachmentResponse response = new AttachmentResponse(id, name, type, size, checksum, now.atZone(Zones.VIETNAM).toOffsetDateTime());
        audit.record(caller, "CREATE", "attachment", id, null, response);
        return response;
    }

    @Transactional(readOnly = true)
    public Stored find(Caller caller, UUID id) {
        Stored stored = load(id);
        if (stored == null) {
            throw ProblemException.notFound("Attachment");
        }
        Access.requireOwner(caller, stored.jurisdictionId(), stored.officeId(), stored.unitId(), "Attachment");
        return stored;
    }

    /**
     * A file a record of the jurisdiction points at, for a feature that decided itself who may read that record (meeting
     * documents are read by the invitees, not only by the uploading office).
     */
    @Transactional(readOnly = true)
    public Stored findShared(UUID jurisdictionId, UUID id) {
        Stored stored = load(id);
        if (stored == null || !stored.jurisdictionId().equals(jurisdictionId)) {
            throw ProblemException.notFound("Attachment");
        }
        return stored;
    }

    private Stored load(UUID id) {
        return jdbc.prepareStatement("SELECT * FROM attachment WHERE id = ?", statement -> {
            statement.setObject(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                // cleaned again on the way out: a name stored before the rules (FileNames) is served by them too
                return new Stored(new AttachmentResponse(id, FileNames.clean(rs.getString("file_name"), rs.getString("content_type")), rs.getString("content_type"), rs.getLong("size_bytes"),
                        rs.getString("sha256"), SqlPages.instant(rs, "created_at").atZone(Zones.VIETNAM).toOffsetDateTime()),
                        SqlPages.uuid(rs, "office_id"), SqlPages.uuid(rs, "unit_id"), SqlPages.uuid(rs, "jurisdiction_id"), rs.getString("storage_key"));
            }
        });
    }

    /** The content and metadata of a file taken out of the attachment store. */
    public record Taken(String fileName, String contentType, byte[] content) {
    }

    /**
     * Takes a file the caller uploaded out of the attachment store: returns its bytes and removes the row and the stored
     * file, for a feature that keeps the content itself (a denouncer's handwriting is sealed like the rest of the
     * identity). 400 on `field` for a file the caller did not upload or that a record already points at.
     */
    @Transactional
    public Taken take(Caller caller, UUID id, String field) {
        Stored stored = load(id);
        if (stored == null || !stored.jurisdictionId().equals(caller.jurisdictionId())) {
            throw ProblemException.invalid(field, "unknown attachment, or one you did not upload");
        }
        int removed;
        try {
            // only the uploader's own file goes; one a record points at stays (the reference refuses the delete)
            removed = jdbc.prepareStatement("DELETE FROM attachment WHERE id = ? AND uploaded_by = ?", statement -> {
                SqlPages.bind(statement, Arrays.asList(id, caller.id()));
                return statement.executeUpdate();
            });
        } catch (RuntimeException referenced) {
            throw ProblemException.invalid(field, "the attachment is already part of another record");
        }
        if (removed == 0) {
            throw ProblemException.invalid(field, "unknown attachment, or one you did not upload");
        }
        byte[] content;
        try (InputStream in = open(stored)) {
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        deleteQuietly(stored.storageKey());
        audit.record(caller, "TAKE", "attachment", id, stored.metadata(), null);
        return new Taken(stored.metadata().fileName(), stored.metadata().contentType(), content);
    }

    public InputStream open(Stored stored) {
        try {
            return storage.open(stored.storageKey());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deleteQuietly(String key) {
        try {
            storage.delete(key);
        } catch (IOException ignored) {
            // the orphan is harmless: no row points at it
        }
    }

    private ProblemException tooLarge() {
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "Files may be at most " + maxBytes / (1024 * 1024) + " MiB.",
                List.of(), Map.of());
    }

    private static final Map<String, byte[]> SIGNATURES = Map.of(
            "application/pdf", new byte[]{'%', 'P', 'D', 'F'},
            "image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G'},
            "image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", new byte[]{'P', 'K', 3, 4},
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[]{'P', 'K', 3, 4},
            "application/msword", new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0},
            "application/vnd.ms-excel", new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});

    static void checkSignature(String type, byte[] head) {
        byte[] expected = SIGNATURES.get(type);
        if (expected == null) {
            return;
        }
        if (head.length < expected.length || !Arrays.equals(Arrays.copyOf(head, expected.length), expected)) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The file's content is not a valid " + type + " file.");
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Checks text as it streams to storage; a file that is not text fails the read, so the storage keeps nothing (like
     * an oversize one) and the upload answers 400 on `file`.
     */
    private static final class TextCheckingInputStream extends FilterInputStream {
        private final TextContent text = new TextContent();

        TextCheckingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0 ? !text.feed(buffer, offset, n) : n < 0 && !text.finish()) {
                throw ProblemException.invalid("file", text.problem());
            }
            return n;
        }

        @Override
        public long skip(long n) {
            throw new UnsupportedOperationException("every byte is checked");
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }

    /** Stops reading past the limit, so an oversize upload fails before it fills the disk. */
    private final class BoundedInputStream extends FilterInputStream {
        private final long limit;
        long count;

        BoundedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                advance(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                advance(n);
            }
            return n;
        }

        private void advance(long n) {
            count += n;
            if (count > limit) {
                throw tooLarge();
            }
        }
    }
}
