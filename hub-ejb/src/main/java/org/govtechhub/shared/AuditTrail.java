package org.govtechhub.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Writes audit entries: who did what to which record and when. Entity changes arrive here through
 * {@link AuditListener} (one mechanism for every module); sign-ins and role changes are recorded by
 * the identity services. Plain JDBC on the very connection of the current transaction (unwrapped
 * from the persistence context), so an entry commits or rolls back with the change it describes,
 * needs no second connection from the pool, and never re-enters the persistence context.
 */
@ApplicationScoped
public class AuditTrail {

    private static final int MAX_DETAILS = 2000;
    /** The actor column: an e-mail address at most; a sign-in attempt's typed name may be anything, and longer. */
    private static final int MAX_ACTOR = 254;

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    public static AuditTrail instance() {
        return CDI.current().select(AuditTrail.class).get();
    }

    public void record(AuditAction action, String entityType, Long entityId, String details) {
        record(Actor.current(), action, entityType, entityId, details);
    }

    public void record(String actor, AuditAction action, String entityType, Long entityId, String details) {
        String sql = "INSERT INTO audit_entry (occurred_at, actor, action, entity_type, entity_id, details) "
                + "VALUES (?, ?, ?, ?, ?, ?)";
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, MicrosecondDateTimeConverter.toText(Clock.now()));
            insert.setString(2, actor == null || actor.length() <= MAX_ACTOR ? actor : actor.substring(0, MAX_ACTOR));
            insert.setString(3, action.name());
            insert.setString(4, entityType);
            if (entityId == null) {
                insert.setNull(5, Types.BIGINT);
            } else {
                insert.setLong(5, entityId);
            }
            insert.setString(6, details == null || details.length() <= MAX_DETAILS
                    ? details : details.substring(0, MAX_DETAILS));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the audit entry " + action + " " + entityType, e);
        }
    }
}
