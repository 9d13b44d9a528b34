package vn.lienthong.kernel.notification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

/** Domain events for integrators, written in the transaction of the change; webhooks will deliver them. */
@Singleton
public class Outbox {
    private final JdbcOperations jdbc;
    private final JsonMapper json;
    private final Clock clock;

    public Outbox(JdbcOperations jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public void publish(UUID jurisdictionId, String eventType, String aggregateType, Object aggregateId, Object payload) {
        String body;
        try {
            body = json.writeValueAsString(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc.prepareStatement("""
                INSERT INTO outbox_event (jurisdiction_id, event_type, aggregate_type, aggregate_id, payload, created_at)
                VALUES (?, ?, ?, ?, ?::jsonb, ?)""", statement -> {
            statement.setObject(1, jurisdictionId);
            statement.setString(2, eventType);
            statement.setString(3, aggregateType);
            statement.setString(4, String.valueOf(aggregateId));
            statement.setString(5, body);
            statement.setTimestamp(6, Timestamp.from(clock.instant()));
            return statement.executeUpdate();
        });
    }
}
