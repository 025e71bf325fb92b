package io.wirecopy.dedupe.config;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;

/**
 * {@link DedupeConfig} outside Quarkus (unit tests, the quality report): the mapping's documented
 * defaults with overrides, so there is one place for every default.
 */
public final class StandaloneConfig {

    private StandaloneConfig() {
    }

    public static DedupeConfig defaults() {
        return with(Map.of());
    }

    /** Overrides by full property name, e.g. {@code wirecopy.dedupe.near.jaccard}. */
    public static DedupeConfig with(Map<String, String> overrides) {
        return new SmallRyeConfigBuilder()
                .withMapping(DedupeConfig.class)
                .withSources(new PropertiesConfigSource(overrides, "overrides", 500))
                .build()
                .getConfigMapping(DedupeConfig.class);
    }
}
