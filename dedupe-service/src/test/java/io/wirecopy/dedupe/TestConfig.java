package io.wirecopy.dedupe;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.wirecopy.dedupe.config.DedupeConfig;
import java.util.Map;

/** The real {@link DedupeConfig} mapping outside Quarkus: its documented defaults, with overrides. */
public final class TestConfig {

    private TestConfig() {
    }

    public static DedupeConfig defaults() {
        return with(Map.of());
    }

    /** Overrides by full property name, e.g. {@code wirecopy.dedupe.near.jaccard}. */
    public static DedupeConfig with(Map<String, String> overrides) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(DedupeConfig.class)
                .withSources(new PropertiesConfigSource(overrides, "test", 500))
                .build();
        return config.getConfigMapping(DedupeConfig.class);
    }
}
