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
 * that does not exist (error.notFound while opening a page) answers 404. Anything else goes on to the
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
            Optional<BusinessException> business = businessCause(events.next().getContext().getException());
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
