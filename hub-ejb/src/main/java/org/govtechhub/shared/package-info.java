/**
 * What every bounded context shares: the audited, versioned {@link org.govtechhub.shared.BaseEntity},
 * the audit trail, the one business exception with its message key, CRUD written once
 * ({@link org.govtechhub.shared.CrudService}) and the database migration that runs at deploy.
 */
package org.govtechhub.shared;
