package org.govtechhub.shared;

import org.eclipse.microprofile.config.ConfigProvider;

/** The application's public address for links in mails: {@code hub.mail.link}, or the development server's. */
public final class PublicAddress {

    private static final String DEVELOPMENT = "http://localhost:8080/hub/";

    private PublicAddress() {
    }

    /** The address, ending in a slash. */
    public static String base() {
        String link = ConfigProvider.getConfig().getOptionalValue("hub.mail.link", String.class).map(String::strip)
                .filter(l -> !l.isEmpty()).orElse(DEVELOPMENT);
        return link.endsWith("/") ? link : link + "/";
    }
}
