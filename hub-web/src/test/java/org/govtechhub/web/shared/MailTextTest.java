package org.govtechhub.web.shared;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The words of a notification's mail, from the message bundles, in the recipient's language. */
class MailTextTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Test
    void theNotificationIsWrittenInTheRecipientsLanguage() {
        assertEquals("Руководитель согласовал вашу заявку на курс Основы.",
                new MailText(RUSSIAN).notification("notification.training.approved", "Основы"));
        assertEquals("Your line manager approved your request for Data basics.",
                new MailText(Locale.ENGLISH).notification("notification.training.approved", "Data basics"));
    }

    @Test
    void noChosenLanguageMeansEnglishWhateverTheServersLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(RUSSIAN);
        try {
            assertEquals("You completed Data basics: your certificate is ready.",
                    new MailText(null).notification("notification.training.completed", "Data basics"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theSubjectIsTheTextsFirstWordsCutAtAWord() {
        MailText english = new MailText(Locale.ENGLISH);

        assertEquals("GovTech Hub: You completed Data basics: your certificate is ready.",
                english.subject("You completed Data basics: your certificate is ready."));
        String subject = english.subject("The results of GovTech Awards 2026 are published; the jury's feedback on \"OpenPermit\" is on your entry's page.");
        assertEquals("GovTech Hub: The results of GovTech Awards 2026 are published; the…", subject);
    }

    @Test
    void theBodyEndsWithWhereToSeeEveryNotificationAndTheLinkWhenKnown() {
        MailText russian = new MailText(RUSSIAN);

        String withoutLink = russian.body("Текст.", null);
        String withLink = russian.body("Текст.", "https://hub.example.org/hub/");

        assertTrue(withoutLink.startsWith("Текст.\n\n-- \nВойдите в GovTech Hub"), withoutLink);
        assertTrue(withLink.contains("https://hub.example.org/hub/"), withLink);
        assertTrue(withLink.contains("отправлено автоматически"), withLink);
    }

    @Test
    void aDigestSubscriberWhoHasNoAccountIsNotToldToSignIn() {
        String body = new MailText(RUSSIAN).body("Неделя в инкубаторе GovTech Hub");

        assertTrue(body.startsWith("Неделя в инкубаторе GovTech Hub\n\n-- \n"), body);
        assertTrue(body.contains("отправлено автоматически"), body);
        assertTrue(!body.contains("Войдите в GovTech Hub"), body);
    }

    @Test
    void anUnknownKeyGivesAGenericLineNotAnErrorMessage() {
        assertEquals("У вас новое уведомление в GovTech Hub.", new MailText(RUSSIAN).notification("notification.gone", "x"));
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        Set<String> english = keys("messages.properties");
        Set<String> russian = keys("messages_ru.properties");

        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(russian);
        Set<String> onlyRussian = new TreeSet<>(russian);
        onlyRussian.removeAll(english);
        assertEquals(Set.of(), onlyEnglish, "missing in Russian");
        assertEquals(Set.of(), onlyRussian, "missing in English");
    }

    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MailTextTest.class.getResourceAsStream("/org/govtechhub/web/i18n/" + file)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
