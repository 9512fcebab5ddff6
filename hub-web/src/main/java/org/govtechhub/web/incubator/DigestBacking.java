package org.govtechhub.web.incubator;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.incubator.Digest;
import org.govtechhub.incubator.DigestService;
import org.govtechhub.incubator.SubscriberStatus;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.MailText;
import org.govtechhub.web.shared.Messages;

import java.util.Map;

/**
 * incubator/manage/digest.xhtml: how many subscribers are pending, confirmed and unsubscribed; the next digest as a
 * subscriber will read it (in the page's language); and "send now", which queues it for every confirmed subscriber
 * with something new, or says there is nothing new.
 */
@Named
@RequestScoped
public class DigestBacking {

    @EJB
    private DigestService digest;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private Map<SubscriberStatus, Long> counts;
    private Digest preview;

    public String sendNow() {
        int queued = digest.sendNow();
        if (queued == 0) {
            messages.info("incubatorDigest.nothingNew");
        } else {
            messages.info("incubatorDigest.queued", queued);
        }
        return "/incubator/manage/digest?faces-redirect=true";
    }

    public Map<SubscriberStatus, Long> getCounts() {
        if (counts == null) {
            counts = digest.counts();
        }
        return counts;
    }

    public SubscriberStatus[] getStatuses() {
        return SubscriberStatus.values();
    }

    public Digest getPreview() {
        if (preview == null) {
            preview = digest.preview();
        }
        return preview;
    }

    /** The mail's text as a subscriber reads it, with a sample unsubscribe link. */
    public String getPreviewText() {
        Digest next = getPreview();
        if (next.isEmpty()) {
            return null;
        }
        Digest.Mail mail = next.mail(DigestService.base(), DigestService.unsubscribeLink("…"));
        return new MailText(user.locale()).notification(mail.messageKey(), mail.parameters());
    }
}
