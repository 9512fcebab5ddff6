package org.govtechhub.web.incubator;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.incubator.DigestService;
import org.govtechhub.web.UserSession;
import org.govtechhub.web.shared.Messages;

/**
 * The weekly digest's subscribe form on incubator/posts.xhtml: an address and a language; a confirmation link is
 * mailed. The message is the same whether or not the address was subscribed already, so the form tells nobody who
 * reads the digest. A malformed address gets the reason.
 */
@Named
@RequestScoped
public class SubscribeBacking {

    @EJB
    private DigestService digest;

    @Inject
    private UserSession session;

    @Inject
    private Messages messages;

    private String email;
    private String language;

    public void subscribe() {
        String address = digest.subscribe(email, language == null ? session.getLanguage() : language).getEmail();
        messages.info("incubatorDigest.subscribe.sent", address);
        email = null;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getLanguage() {
        return language == null ? session.getLanguage() : language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
