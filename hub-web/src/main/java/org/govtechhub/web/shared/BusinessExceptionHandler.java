package org.govtechhub.web.shared;

import jakarta.ejb.EJBAccessException;
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
 * it. A service that refuses the caller's role ({@link EJBAccessException}: the pages' own constraints should have kept
 * them out) answers as a page they may not open does: 403 when opening a page, error.notAllowed on a form. Anything
 * else goes on to the error page.
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
            if (cause(thrown, ViewExpiredException.class).isPresent()) {
                events.remove();
                expired(FacesContext.getCurrentInstance());
                continue;
            }
            if (cause(thrown, EJBAccessException.class).isPresent()) {
                events.remove();
                refused(FacesContext.getCurrentInstance());
                continue;
            }
            Optional<BusinessException> business = cause(thrown, BusinessException.class).or(() -> UserCausedFailure.of(thrown, context.getPhaseId()));
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

    private static void refused(FacesContext faces) {
        if (faces.isPostback()) {
            Messages.add(new BusinessException("error.notAllowed"));
            faces.validationFailed();
            faces.renderResponse();
            return;
        }
        try {
            faces.getExternalContext().responseSendError(403, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    private static <T extends Throwable> Optional<T> cause(Throwable thrown, Class<T> type) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
        }
        return Optional.empty();
    }
}
