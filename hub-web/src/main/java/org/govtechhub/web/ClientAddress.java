package org.govtechhub.web;

import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address a request came from, as the sign-in throttle counts it. Behind a proxy named in the setting
 * {@value #TRUSTED_PROXIES} (MicroProfile Config: a system property or HUB_TRUSTED_PROXIES; comma-separated addresses,
 * such as the local cluster's HAProxy on 127.0.0.1) it is the
 * last address of {@code X-Forwarded-For}, the one that proxy saw; from anyone else that header is ignored, since a
 * client could write any address in it.
 */
public final class ClientAddress {

    public static final String TRUSTED_PROXIES = "hub.trusted-proxies";

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank() || !trustedProxies().contains(peer)) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        String last = hops[hops.length - 1].strip();
        return last.isEmpty() || last.length() > 45 ? peer : last;
    }

    private static Set<String> trustedProxies() {
        return Arrays.stream(ConfigProvider.getConfig().getOptionalValue(TRUSTED_PROXIES, String.class).orElse("").split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    }
}
