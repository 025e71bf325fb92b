package io.wirecopy.ingest.config;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** {@code wirecopy.ingest.security.*}. */
@ConfigMapping(prefix = "wirecopy.ingest.security")
public interface SecurityConfig {

    /**
     * When set ({@code INGEST_API_TOKEN}), every write and the subscription reads require
     * {@code Authorization: Bearer <token>}. Unset (the default): they answer only requests addressed to a
     * loopback name ({@code localhost}, {@code 127.0.0.1}, {@code [::1]}), and a warning is logged at start.
     */
    Optional<String> apiToken();
}
