package org.govtechhub.web.shared;

import jakarta.faces.event.PhaseId;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.constraints.Size;
import org.govtechhub.shared.BusinessException;

import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A failure that the input of the request caused, not the hub: the entity's own constraints refused a value when it
 * was saved ({@code error.tooLong} with the limit, or {@code error.invalidValue}), or the database refused a value as
 * data — too long for its column, a number out of range, an impossible date (SQL state class 22, {@code error.badData}).
 * Said to the user like a business refusal; the service's transaction has rolled back, so nothing is half-saved.
 */
public final class UserCausedFailure {

    private static final Logger LOG = Logger.getLogger(UserCausedFailure.class.getName());

    private UserCausedFailure() {
    }

    /** A length limit names its maximum; any other constraint says the value is not accepted. */
    private static BusinessException refusal(ConstraintViolation<?> violation) {
        Object max = violation.getConstraintDescriptor().getAttributes().get("max");
        return violation.getConstraintDescriptor().getAnnotation() instanceof Size && max != null
                ? new BusinessException("error.tooLong", max) : new BusinessException("error.invalidValue");
    }

    /**
     * @param phase the phase the failure happened in: while the request's values are decoded, converted and validated
     *              (a table's forged page size, a number field's letters, an upload field posted without a file), the
     *              request itself is what failed ({@code error.badRequest}); the failure is logged all the same
     */
    public static Optional<BusinessException> of(Throwable thrown, PhaseId phase) {
        Optional<BusinessException> saving = of(thrown);
        if (saving.isPresent() || !PhaseId.APPLY_REQUEST_VALUES.equals(phase) && !PhaseId.PROCESS_VALIDATIONS.equals(phase)) {
            return saving;
        }
        LOG.log(Level.WARNING, "A request whose values could not be read: " + thrown, thrown);
        return Optional.of(new BusinessException("error.badRequest"));
    }

    public static Optional<BusinessException> of(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConstraintViolationException invalid && !invalid.getConstraintViolations().isEmpty()) {
                return Optional.of(refusal(invalid.getConstraintViolations().iterator().next()));
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return Optional.of(new BusinessException("error.badData"));
            }
        }
        return Optional.empty();
    }
}
