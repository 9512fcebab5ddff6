package org.govtechhub.web.incubator;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.govtechhub.incubator.DigestService;
import org.govtechhub.incubator.Subscriber;
import org.govtechhub.shared.BusinessException;

/**
 * incubator/subscription.xhtml?confirm=&lt;token&gt; or ?unsubscribe=&lt;token&gt;: the links of the digest's mails.
 * Opening one confirms the subscription, or ends it with one click; a link that is not (or no longer) valid gets a
 * friendly page that says so and how to subscribe again, never an error.
 */
@Named
@RequestScoped
public class SubscriptionBacking {

    /** What the page tells. */
    public enum Outcome { CONFIRMED, UNSUBSCRIBED, INVALID }

    @EJB
    private DigestService digest;

    private String confirm;
    private String unsubscribe;
    private Outcome outcome = Outcome.INVALID;
    private Subscriber subscriber;

    public void load() {
        try {
            if (confirm != null) {
                subscriber = digest.confirm(confirm);
                outcome = Outcome.CONFIRMED;
            } else if (unsubscribe != null) {
                subscriber = digest.unsubscribe(unsubscribe);
                outcome = Outcome.UNSUBSCRIBED;
            }
        } catch (BusinessException notValid) {
            outcome = Outcome.INVALID;
        }
    }

    public String getOutcome() {
        return outcome.name();
    }

    /** The unsubscribe link of the subscription just confirmed. */
    public String getUnsubscribeToken() {
        return subscriber == null ? null : subscriber.getToken();
    }

    public String getConfirm() {
        return confirm;
    }

    public void setConfirm(String confirm) {
        this.confirm = confirm;
    }

    public String getUnsubscribe() {
        return unsubscribe;
    }

    public void setUnsubscribe(String unsubscribe) {
        this.unsubscribe = unsubscribe;
    }
}
