package vn.lienthong.kernel.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.web.RequestIds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who changed what, when: every write records an event here, in the same transaction as the change,
 * with the fields that changed ({"name": {"from": "...", "to": "..."}}).
 */
@Singleton
public class AuditTrail {
    private static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);

    private final JdbcOperations jdbc;
    private final JsonMapper json;
    private final Clock clock;

    public AuditTrail(JdbcOperations jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Records a change of the actor's jurisdiction's data; `before` is null for a creation, `after` null for a deletion. */
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public void record(Caller actor, String action, String entityType, Object entityId, @Nullable Object before, @Nullable Object after) {
        Map<String, Object> changes = diff(toMap(before), toMap(after));
        insert(actor.jurisdictionId(), actor, action, entityType, String.valueOf(entityId), changes);
    }

    /**
     * Records a change of national data (statutory deadline rules, the national holiday calendar, job runs): the event
     * belongs to no jurisdiction (jurisdiction_id NULL) and keeps the actor and the actor's jurisdiction.
     */
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public void recordNational(Caller actor, String action, String entityType, Object entityId, @Nullable Object before, @Nullable Object after) {
        Map<String, Object> changes = diff(toMap(before), toMap(after));
        insert(null, actor, action, entityType, String.valueOf(entityId), changes);
    }

    /** Records an access that changes nothing but must be traceable (e.g. disclosure of a confidential field). */
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public void recordAccess(Caller actor, String action, String entityType, Object entityId, Map<String, Object> details) {
        insert(actor.jurisdictionId(), actor, action, entityType, String.valueOf(entityId), details);
    }

    /** Records an act on national data that is no field change (e.g. a job run on demand): no jurisdiction, the actor's kept. */
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public void recordNationalAccess(Caller actor, String action, String entityType, Object entityId, Map<String, Object> details) {
        insert(null, actor, action, entityType, String.valueOf(entityId), details);
    }

    private void insert(@Nullable java.util.UUID jurisdictionId, Caller actor, String action, String entityType, String entityId, Map<String, Object> changes) {
        String requestId = ServerRequestContext.currentRequest().map(RequestIds::of).orElse(null);
        String changesJson = write(changes);
        jdbc.prepareStatement("""
                INSERT INTO audit_event (jurisdiction_id, occurred_at, actor_id, actor_kind, actor_name, action, entity_type, entity_id, changes, request_id,
                                         actor_jurisdiction_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)""", statement -> {
            statement.setObject(1, jurisdictionId);
            statement.setTimestamp(2, Timestamp.from(clock.instant()));
            statement.setObject(3, actor.kind() == Caller.Kind.SYSTEM ? null : actor.id());
            statement.setString(4, actor.kind().name());
            statement.setString(5, actor.name());
            statement.setString(6, action);
            statement.setString(7, entityType);
            statement.setString(8, entityId);
            statement.setString(9, changesJson);
            statement.setString(10, requestId);
            statement.setObject(11, actor.jurisdictionId());
            return statement.executeUpdate();
        });
    }

    static Map<String, Object> diff(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> changes = new TreeMap<>();
        TreeSet<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            if (key.equals("version") || key.equals("updatedAt") || key.equals("createdAt")) {
                continue;
            }
            Object from = before.get(key);
            Object to = after.get(key);
            if (!Objects.equals(from, to)) {
                Map<String, Object> change = new TreeMap<>();
                change.put("from", from);
                change.put("to", to);
                changes.put(key, change);
            }
        }
        return changes;
    }

    private Map<String, Object> toMap(@Nullable Object value) {
        if (value == null) {
            return Map.of();
        }
        try {
            return json.readValue(json.writeValueAsBytes(value), MAP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
