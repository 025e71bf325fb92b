package io.wirecopy.store.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Store settings, {@code wirecopy.store.*} (environment: {@code STORE_*}). */
@ConfigMapping(prefix = "wirecopy.store")
public interface StoreConfig {

    /** Limits on the public queries (the HTTP API and the web page). */
    Queries queries();

    interface Queries {
        /** The longest a query may run in PostgreSQL before it is cancelled (the request answers 503). Default 5 s. */
        @WithDefault("PT5S")
        Duration timeout();

        /** Requests at a time from one client address; one more is answered 429 at once. Default 8. */
        @WithDefault("8")
        int perClientConcurrency();
    }

    /** Versions of an article that changes. */
    Versions versions();

    interface Versions {
        /** Versions kept per article, the shown one included; beyond it the oldest are deleted and counted. Default 20. */
        @WithDefault("20")
        int max();
    }

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
