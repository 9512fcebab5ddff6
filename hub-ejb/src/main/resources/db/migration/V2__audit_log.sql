-- The audit log: who did what to which record and when. Written by AuditTrail with plain JDBC.
CREATE TABLE audit_entry (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6)   NOT NULL,
    actor       VARCHAR(254)  NOT NULL,
    action      VARCHAR(40)   NOT NULL,
    entity_type VARCHAR(100),
    entity_id   BIGINT,
    details     VARCHAR(2000)
);
CREATE INDEX ix_audit_entry_occurred ON audit_entry (occurred_at);
CREATE INDEX ix_audit_entry_record ON audit_entry (entity_type, entity_id);
