package io.wirecopy.ingest.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;

/**
 * Who may write to ingest (and read its subscriptions). With a token configured: whoever sends
 * {@code Authorization: Bearer <token>} (compared in constant time). Without one: only requests addressed
 * to this machine by a loopback name ({@code Host: localhost}, {@code 127.0.0.1}, {@code [::1]}), so a
 * laptop's walk-through works while a request that reaches the service under any other name (through a
 * proxy, a published port, or a DNS-rebinding page whose Host is the attacker's name) is refused.
 */
public final class WriteAccess {

    /** What a request's credentials come to. */
    public enum Verdict {
        /** The configured token. */
        TOKEN,
        /** No token configured, and the request was addressed to a loopback name. */
        LOOPBACK,
        /** No credentials that count: anonymous. */
        NONE,
        /** A bearer token that is not the configured one. */
        BAD_TOKEN
    }

    private final Optional<byte[]> token;

    public WriteAccess(Optional<String> token) {
        this.token = token.filter(t -> !t.isBlank()).map(t -> t.strip().getBytes(StandardCharsets.UTF_8));
    }

    /** Whether a token is configured. */
    public boolean tokenRequired() {
        return token.isPresent();
    }

    /** The verdict for a request's {@code Authorization} and {@code Host} headers (either may be null). */
    public Verdict judge(String authorization, String host) {
        if (token.isEmpty()) {
            return isLoopbackHost(host) ? Verdict.LOOPBACK : Verdict.NONE;
        }
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Verdict.NONE;
        }
        byte[] given = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, token.get()) ? Verdict.TOKEN : Verdict.BAD_TOKEN;
    }

    /** Whether a {@code Host} header names this machine by loopback: localhost, 127.0.0.0/8 or ::1, any port. */
    static boolean isLoopbackHost(String host) {
        if (host == null || host.length() > 300) {
            return false;
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            return close > 0 && h.substring(1, close).equals("::1") && portOnly(h.substring(close + 1));
        }
        int colon = h.indexOf(':');
        String name = colon < 0 ? h : h.substring(0, colon);
        if (colon >= 0 && !portOnly(h.substring(colon))) {
            return false;
        }
        if (name.equals("localhost") || name.equals("localhost.")) {
            return true;
        }
        String[] octets = name.split("\\.", -1);
        if (octets.length != 4 || !octets[0].equals("127")) {
            return false;
        }
        for (String o : octets) {
            if (o.isEmpty() || o.length() > 3 || !o.chars().allMatch(Character::isDigit) || Integer.parseInt(o) > 255) {
                return false;
            }
        }
        return true;
    }

    private static boolean portOnly(String rest) {
        return rest.isEmpty() || (rest.length() > 1 && rest.length() <= 6 && rest.charAt(0) == ':'
                && rest.substring(1).chars().allMatch(Character::isDigit));
    }
}
