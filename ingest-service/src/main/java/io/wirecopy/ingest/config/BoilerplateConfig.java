package io.wirecopy.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Learning each source's boilerplate lines in text pages, {@code wirecopy.ingest.boilerplate.*}. */
@ConfigMapping(prefix = "wirecopy.ingest.boilerplate")
public interface BoilerplateConfig {

    /** A short line seen in this many earlier articles of a source is that source's boilerplate. */
    @WithDefault("3")
    int minArticles();

    /** Sources remembered at most (least recently seen forgotten first). */
    @WithDefault("10000")
    int maxSources();

    /** Distinct lines counted per source at most (least recently seen forgotten first). */
    @WithDefault("2000")
    int maxLinesPerSource();
}
