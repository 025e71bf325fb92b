package io.wirecopy.store.config;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.wirecopy.store.service.StoreStats;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import io.agroal.api.AgroalDataSource;
import io.wirecopy.store.service.TimeLimitedDataSource;
import io.wirecopy.store.service.EventApplier;
import io.wirecopy.store.service.RetryingApplier;
import io.wirecopy.shared.retry.Backoff;
import io.wirecopy.shared.retry.DependencyStatus;
import io.wirecopy.shared.retry.Retrier;
import io.wirecopy.store.service.QuoteQueries;
import io.wirecopy.store.service.StoryQueries;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Wires the plain service classes to the configured datasource. */
public class StoreBeans {

    @Produces
    @Singleton
    EventApplier eventApplier(AgroalDataSource dataSource) {
        return new EventApplier(dataSource);
    }

    @Produces
    @Singleton
    DependencyStatus dependencyStatus() {
        return new DependencyStatus(Clock.systemUTC());
    }

    @Produces
    @Singleton
    Retrier retrier(StoreConfig config, DependencyStatus status) {
        return new Retrier(new Backoff(config.retry().initialBackoff(), config.retry().maxBackoff()), status);
    }

    @Produces
    @Singleton
    RetryingApplier retryingApplier(EventApplier applier, Retrier retrier) {
        return new RetryingApplier(applier, retrier);
    }

    @Produces
    @Singleton
    StoryQueries storyQueries(AgroalDataSource dataSource, StoreConfig config) {
        return new StoryQueries(new TimeLimitedDataSource(dataSource, config.queries().timeout()));
    }

    @Produces
    @Singleton
    QuoteQueries quoteQueries(AgroalDataSource dataSource, StoreConfig config) {
        return new QuoteQueries(new TimeLimitedDataSource(dataSource, config.queries().timeout()));
    }

    /** Gauges {@code wirecopy.store.stories|articles|duplicates|passages}, refreshed at most every 15 s. */
    void registerGauges(@Observes StartupEvent start, AgroalDataSource dataSource, MeterRegistry metrics) {
        StoreStats stats = new StoreStats(dataSource, Clock.systemUTC(), Duration.ofSeconds(15));
        Gauge.builder("wirecopy.store.stories", stats, s -> s.counts().stories()).description("stories").register(metrics);
        Gauge.builder("wirecopy.store.articles", stats, s -> s.counts().articles()).description("articles kept").register(metrics);
        Gauge.builder("wirecopy.store.duplicates", stats, s -> s.counts().duplicates())
                .description("articles folded under a story as exact or near copies").register(metrics);
        Gauge.builder("wirecopy.store.passages", stats, s -> s.counts().passages())
                .description("passages shared between stories").register(metrics);
    }
}
