package org.govtechhub.web.training;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.govtechhub.training.Certificate;
import org.govtechhub.training.CertificateService;

/** certificate-check.xhtml, reached as /verify/{code}: whether a certificate is valid; nothing for a wrong code. */
@Named
@RequestScoped
public class CertificateCheckBacking {

    @EJB
    private CertificateService certificates;

    private Certificate certificate;

    @PostConstruct
    void init() {
        Object code = FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(VerifyServlet.CODE);
        certificate = certificates.verify(code == null ? "" : code.toString()).orElse(null);
    }

    public Certificate getCertificate() {
        return certificate;
    }
}
