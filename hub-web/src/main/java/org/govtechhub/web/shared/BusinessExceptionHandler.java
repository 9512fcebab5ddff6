package org.govtechhub.web.shared;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import org.govtechhub.shared.BusinessException;

import java.util.Iterator;
import java.util.Optional;

/**
 * One place that turns a {@link BusinessException} from any action into a translated message on the
 * same page, with everything the user typed still in the form; a record that a page address names but
 * that does not exist (error.notFound while opening a page) answers 404. What else a user's input can
 * cause — a value the entity's Bean Validation constraints refuse at saving, a value the database refuses
 * as data (too long, out of range, not a date: SQL state class 22) — is a translated message the same way,
 * after the service's transaction rolled back ({@link UserCausedFailure}). Anything else goes on to the
 * error page.
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

    public BusinessExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            Optional<BusinessException> business = businessCause(thrown).or(() -> UserCausedFailure.of(thrown));
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

    private static Optional<BusinessException> businessCause(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof BusinessException business) {
                return Optional.of(business);
            }
        }
        return Optional.empty();
    }
}
