package vn.lienthong.kernel.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

/**
 * Puts a message in an inbox, in the same transaction as the change that causes it: if the change rolls back,
 * nobody is told about something that did not happen.
 */
@Singleton
public class Notifier {
    private final JdbcOperations jdbc;
    private final Clock clock;

    public Notifier(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What to say: `kind` is a stable code the SPA can translate; title and body are Vietnamese text. */
    public record Message(String kind, String title, String body, @Nullable String link, @Nullable String entityType, @Nullable String entityId) {
    }

    public enum Recipient { USER, OFFICE, UNIT }

    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public UUID send(UUID jurisdictionId, Recipient recipient, UUID recipientId, Message message) {
        UUID id = UUID.randomUUID();
        jdbc.prepareStatement("""
                INSERT INTO notification (id, jurisdiction_id, recipient_user_id, recipient_office_id, recipient_unit_id,
                                          kind, title, body, link, entity_type, entity_id, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", statement -> {
            statement.setObject(1, id);
            statement.setObject(2, jurisdictionId);
            statement.setObject(3, recipient == Recipient.USER ? recipientId : null);
            statement.setObject(4, recipient == Recipient.OFFICE ? recipientId : null);
            statement.setObject(5, recipient == Recipient.UNIT ? recipientId : null);
            statement.setString(6, message.kind());
            statement.setString(7, message.title());
            statement.setString(8, message.body());
            statement.setString(9, message.link());
            statement.setString(10, message.entityType());
            statement.setString(11, message.entityId());
            statement.setTimestamp(12, Timestamp.from(clock.instant()));
            return statement.executeUpdate();
        });
        return id;
    }
}
