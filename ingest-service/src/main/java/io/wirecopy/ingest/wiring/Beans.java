package io.wirecopy.ingest.wiring;

import io.wirecopy.ingest.config.RetryConfig;
import io.wirecopy.ingest.config.PollingConfig;
import io.wirecopy.ingest.config.FullTextConfig;
import io.wirecopy.ingest.config.FetchConfig;
import io.wirecopy.ingest.config.BoilerplateConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.wirecopy.ingest.messaging.KafkaSubscriptionStore;
import io.wirecopy.ingest.text.SourceBoilerplate;
import io.wirecopy.ingest.service.FeedFetcher;
import io.wirecopy.ingest.fetch.PageFetcher;
import io.wirecopy.ingest.fetch.WebFetcher;
import io.wirecopy.ingest.service.FeedPoller;
import io.wirecopy.ingest.service.FullTextCompleter;
import io.wirecopy.ingest.service.IngestService;
import io.wirecopy.ingest.service.SubscriptionStore;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import io.wirecopy.shared.retry.Backoff;
import io.wirecopy.shared.retry.DependencyStatus;
import io.wirecopy.shared.retry.Retrier;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Beans the services take: the clock (UTC), the retrier and the status readiness reports, the learned boilerplate, the subscriptions, their poller and its full-text completer. Tests construct their own. */
public class Beans {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    DependencyStatus dependencyStatus(Clock clock) {
        return new DependencyStatus(clock);
    }

    @Produces
    @Singleton
    Retrier retrier(RetryConfig config, DependencyStatus status) {
        return new Retrier(new Backoff(config.initialBackoff(), config.maxBackoff()), status);
    }

    @Produces
    @Singleton
    SourceBoilerplate boilerplate(BoilerplateConfig config) {
        return new SourceBoilerplate(config.minArticles(), config.maxSources(), config.maxLinesPerSource());
    }

    @Produces
    @Singleton
    SubscriptionStore subscriptions(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        return new KafkaSubscriptionStore(bootstrapServers);
    }

    void close(@Disposes SubscriptionStore store) {
        if (store instanceof KafkaSubscriptionStore kafka) {
            kafka.close();
        }
    }

    @Produces
    @Singleton
    FeedPoller poller(SubscriptionStore store, FeedFetcher fetcher, IngestService ingest, PollingConfig config, Clock clock,
            MeterRegistry metrics, FullTextCompleter fullText) {
        return new FeedPoller(store, fetcher, ingest, config, clock, metrics, fullText);
    }

    void close(@Disposes FeedPoller poller) {
        poller.close();
    }

    @Produces
    @Singleton
    WebFetcher webFetcher(FetchConfig config) {
        return new WebFetcher(config);
    }

    void close(@Disposes WebFetcher fetcher) throws java.io.IOException {
        fetcher.close();
    }

    @Produces
    @Singleton
    FullTextCompleter fullText(WebFetcher web, FullTextConfig config, Clock clock, MeterRegistry metrics) {
        return new FullTextCompleter(new PageFetcher(web, config, clock), config, metrics);
    }
}
