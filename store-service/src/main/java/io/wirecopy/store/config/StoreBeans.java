package io.wirecopy.store.config;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.wirecopy.store.service.StoreStats;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import io.wirecopy.store.service.EventApplier;
import io.wirecopy.store.service.RetryingApplier;
import io.wirecopy.shared.retry.Backoff;
import io.wirecopy.shared.retry.DependencyStatus;
import io.wirecopy.shared.retry.Retrier;
import io.wirecopy.store.repository.PassageListing;
import io.wirecopy.store.repository.QuoteListing;
import io.wirecopy.store.repository.Reads;
import io.wirecopy.store.repository.StoryDetails;
import io.wirecopy.store.repository.StoryListing;
import io.wirecopy.store.repository.VersionListing;
import org.hibernate.SessionFactory;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Wires the plain service and repository classes to Hibernate ORM's session factory. */
public class StoreBeans {

    @Produces
    @Singleton
    EventApplier eventApplier(SessionFactory sessions, StoreConfig config) {
        return new EventApplier(sessions, config.versions().max());
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
    Reads reads(SessionFactory sessions, StoreConfig config) {
        return new Reads(sessions, config.queries().timeout());
    }

    @Produces
    @Singleton
    StoryListing storyListing(Reads reads) {
        return new StoryListing(reads);
    }

    @Produces
    @Singleton
    VersionListing versionListing(Reads reads) {
        return new VersionListing(reads);
    }

    @Produces
    @Singleton
    PassageListing passageListing(Reads reads) {
        return new PassageListing(reads);
    }

    @Produces
    @Singleton
    StoryDetails storyDetails(Reads reads, PassageListing passages) {
        return new StoryDetails(reads, passages);
    }

    @Produces
    @Singleton
    QuoteListing quoteListing(Reads reads) {
        return new QuoteListing(reads);
    }

    /** Gauges {@code wirecopy.store.stories|articles|duplicates|passages}, refreshed at most every 15 s. */
    void registerGauges(@Observes StartupEvent start, SessionFactory sessions, MeterRegistry metrics) {
        StoreStats stats = new StoreStats(sessions, Clock.systemUTC(), Duration.ofSeconds(15));
        Gauge.builder("wirecopy.store.stories", stats, s -> s.counts().stories()).description("stories").register(metrics);
        Gauge.builder("wirecopy.store.articles", stats, s -> s.counts().articles()).description("articles kept").register(metrics);
        Gauge.builder("wirecopy.store.duplicates", stats, s -> s.counts().duplicates())
                .description("articles folded under a story as exact or near copies").register(metrics);
        Gauge.builder("wirecopy.store.passages", stats, s -> s.counts().passages())
                .description("passages shared between stories").register(metrics);
    }
}
