package org.govtechhub.web.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of a notification's mail in the recipient's language (English when they chose none), from
 * the application's message bundle: the notification's own text, a subject made from its first words,
 * and a footer that tells where to see every notification. Plain text, no markup.
 */
public final class MailText {

    /** The notification's words shown in the subject, at most. */
    static final int SUBJECT_WORDS_LENGTH = 60;
    /** English is the base bundle: the JVM's own locale never picks the language of a mail. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;

    public MailText(Locale locale) {
        this.bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale == null ? Locale.ENGLISH : locale, NO_FALLBACK);
    }

    /** The notification's text, as the home page shows it; a generic line if its key is unknown. */
    public String notification(String messageKey, Object... parameters) {
        try {
            return format(bundle.getString(messageKey), parameters);
        } catch (MissingResourceException unknownKey) {
            return bundle.getString("mail.notification.unknown");
        }
    }

    /** "GovTech Hub: " and the first words of the text. */
    public String subject(String text) {
        return format(bundle.getString("mail.subject"), firstWords(text));
    }

    /** The text, then where to see all notifications (with the application's address when known), then "automatic". */
    public String body(String text, String link) {
        String footer = link == null || link.isBlank()
                ? bundle.getString("mail.footer") : format(bundle.getString("mail.footer.link"), link.strip());
        return text + "\n\n-- \n" + footer + "\n" + bundle.getString("mail.automatic") + "\n";
    }

    /** The text, then "automatic": for mails to people who need no account, such as the incubator digest's subscribers. */
    public String body(String text) {
        return text + "\n\n-- \n" + bundle.getString("mail.automatic") + "\n";
    }

    private String format(String pattern, Object... parameters) {
        return parameters.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(parameters);
    }

    static String firstWords(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        if (line.length() <= SUBJECT_WORDS_LENGTH) {
            return line;
        }
        int cut = line.lastIndexOf(' ', SUBJECT_WORDS_LENGTH - 1);
        return line.substring(0, cut > 0 ? cut : SUBJECT_WORDS_LENGTH - 1).stripTrailing() + "…";
    }
}
