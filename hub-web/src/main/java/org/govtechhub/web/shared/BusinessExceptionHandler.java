package org.govtechhub.web.shared;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import org.govtechhub.shared.BusinessException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;

/**
 * One place that turns a {@link BusinessException} from any action into a translated message on the
 * same page, with everything the user typed still in the form; a record that a page address names but
 * that does not exist (error.notFound while opening a page) answers 404. What else a user's input can
 * cause — a value the entity's Bean Validation constraints refuse at saving, a value the database refuses
 * as data (too long, out of range, not a date: SQL state class 22) — is a translated message the same way,
 * after the service's transaction rolled back, and so is a failure while the request's values are decoded,
 * converted or validated ({@link UserCausedFailure}). A stale or forged view state is sent to the page that explains
 * it. Anything else goes on to the error page.
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

    public BusinessExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            ExceptionQueuedEventContext context = events.next().getContext();
            Throwable thrown = context.getException();
            if (expiredCause(thrown)) {
                events.remove();
                expired(FacesContext.getCurrentInstance());
                continue;
            }
            Optional<BusinessException> business = businessCause(thrown).or(() -> UserCausedFailure.of(thrown, context.getPhaseId()));
            if (business.isPresent()) {
                events.remove();
                FacesContext faces = FacesContext.getCurrentInstance();
                if (!faces.isPostback() && "error.notFound".equals(business.get().getMessageKey())) {
                    ViewParameterGuard.notFound(faces);
                    continue;
                }
                Messages.add(business.get());
                faces.validationFailed();
                faces.renderResponse();
            }
        }
        getWrapped().handle();
    }

    /** A stale or forged view state: the page explaining it, by a redirect, so the answer is no error status. */
    private static void expired(FacesContext faces) {
        try {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/error/expired.xhtml");
            faces.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean expiredCause(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    private static Optional<BusinessException> businessCause(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof BusinessException business) {
                return Optional.of(business);
            }
        }
        return Optional.empty();
    }
}
