package io.wirecopy.shared.event;

import io.wirecopy.shared.text.Hashing;

/** Deterministic event ids: {@code e_} and 32 hex characters of a SHA-256 over the parts. */
public final class EventIds {

    private EventIds() {
    }

    public static String of(String type, String... parts) {
        StringBuilder sb = new StringBuilder(type);
        for (String part : parts) {
            sb.append('\u001f').append(part);
        }
        return "e_" + Hashing.sha256Hex(sb.toString()).substring(0, 32);
    }
}
