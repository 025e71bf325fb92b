package io.wirecopy.ingest.config;

import io.wirecopy.ingest.parse.SourceBoilerplate;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Beans the services take: the clock of event times (UTC) and the learned boilerplate. Tests construct their own. */
public class Beans {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    SourceBoilerplate boilerplate(BoilerplateConfig config) {
        return new SourceBoilerplate(config.minArticles(), config.maxSources(), config.maxLinesPerSource());
    }
}
