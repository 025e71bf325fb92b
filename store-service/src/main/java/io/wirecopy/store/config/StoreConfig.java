package io.wirecopy.store.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Store settings, {@code wirecopy.store.*} (environment: {@code STORE_*}). */
@ConfigMapping(prefix = "wirecopy.store")
public interface StoreConfig {

    /** How a transient fault (database down or restarting, a serialization failure, the broker away) is retried. */
    Retry retry();

    interface Retry {
        /** The first wait; each next wait is twice the last. Default 100 ms. */
        @WithDefault("PT0.1S")
        Duration initialBackoff();

        /** The longest wait between two attempts. Default 30 s. */
        @WithDefault("PT30S")
        Duration maxBackoff();
    }
}
