package io.wirecopy.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Ingest settings, {@code wirecopy.ingest.*} (environment: {@code INGEST_*}). */
@ConfigMapping(prefix = "wirecopy.ingest")
public interface IngestConfig {

    /** Largest accepted HTTP body or {@code news.ingest} record, in bytes. Default 5 MB. */
    @WithDefault("5242880")
    long maxBodyBytes();
}
