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

    /** One message to one recipient, for {@link #sendAll}. */
    public record Delivery(UUID jurisdictionId, Recipient recipient, UUID recipientId, Message message) {
    }

    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public void send(UUID jurisdictionId, Recipient recipient, UUID recipientId, Message message) {
        sendAll(java.util.List.of(new Delivery(jurisdictionId, recipient, recipientId, message)));
    }

    /** Many messages in one batch (scheduled jobs reminding thousands of units). */
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public void sendAll(java.util.List<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.prepareStatement("""
                INSERT INTO notification (id, jurisdiction_id, recipient_user_id, recipient_office_id, recipient_unit_id,
                                          kind, title, body, link, entity_type, entity_id, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", statement -> {
            for (Delivery d : deliveries) {
                statement.setObject(1, UUID.randomUUID());
                statement.setObject(2, d.jurisdictionId());
                statement.setObject(3, d.recipient() == Recipient.USER ? d.recipientId() : null);
                statement.setObject(4, d.recipient() == Recipient.OFFICE ? d.recipientId() : null);
                statement.setObject(5, d.recipient() == Recipient.UNIT ? d.recipientId() : null);
                statement.setString(6, d.message().kind());
                statement.setString(7, d.message().title());
                statement.setString(8, d.message().body());
                statement.setString(9, d.message().link());
                statement.setString(10, d.message().entityType());
                statement.setString(11, d.message().entityId());
                statement.setTimestamp(12, now);
                statement.addBatch();
            }
            return statement.executeBatch().length;
        });
    }
}
