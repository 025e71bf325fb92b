package io.wirecopy.ingest.config;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** {@code wirecopy.ingest.security.*}. */
@ConfigMapping(prefix = "wirecopy.ingest.security")
public interface SecurityConfig {

    /**
     * When set ({@code INGEST_API_TOKEN}), the write endpoints require {@code Authorization: Bearer <token>}.
     * Unset (the default): they are open, for a stack behind its own gateway or on a laptop.
     */
    Optional<String> apiToken();
}
