package org.govtechhub.web.shared;

import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewMetadata;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A page address whose parameters are missing or malformed (person.xhtml?id=abc) names nothing that
 * exists: answer 404 with the friendly page instead of rendering a form around nothing.
 */
public class ViewParameterGuard implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.isPostback() || !faces.isValidationFailed() || faces.getViewRoot() == null
                || ViewMetadata.getViewParameters(faces.getViewRoot()).stream().noneMatch(UIViewParameter.class::isInstance)) {
            return;
        }
        notFound(faces);
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing to do after rendering
    }

    static void notFound(FacesContext faces) {
        try {
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
