package org.govtechhub.training;

import java.util.Locale;

/** Reference data kept in English and Russian: picks the text for a locale (English by default). */
final class Bilingual {

    private Bilingual() {
    }

    static String pick(Locale locale, String english, String russian) {
        return locale != null && "ru".equals(locale.getLanguage()) ? russian : english;
    }
}
