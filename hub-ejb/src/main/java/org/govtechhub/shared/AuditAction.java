package org.govtechhub.shared;

/** What an audit entry records. Modules add their state changes through CREATE/UPDATE/DELETE. */
public enum AuditAction {
    CREATE, UPDATE, DELETE, LOGIN, LOGIN_FAILED, LOGIN_LOCKED, LOGIN_THROTTLED, LOGOUT, ROLES_CHANGED, RECUSAL,
    EXPORTED, PERSONAL_DATA_EXPORTED, ANONYMISED
}
