package io.wirecopy.ingest.service;

import io.wirecopy.ingest.config.FetchConfig;
import io.wirecopy.ingest.fetch.WebFetcher;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The web fetcher as tests configure it, and a way to wait for the polls a test started. */
final class Fetching {

    private Fetching() {
    }

    static FetchConfig config(boolean allowPrivate) {
        return new FetchConfig() {
            public String userAgent() {
                return "Wirecopy/test (+https://example.org)";
            }

            public int maxRedirects() {
                return 3;
            }

            public int perHostConcurrency() {
                return 2;
            }

            public int maxConcurrency() {
                return 8;
            }

            public boolean allowPrivateAddresses() {
                return allowPrivate;
            }
        };
    }

    static WebFetcher web(boolean allowPrivate) {
        return new WebFetcher(config(allowPrivate));
    }

    /** Waits for every poll started and says how many there were. */
    static int polled(List<CompletableFuture<Subscription>> polls) {
        polls.forEach(CompletableFuture::join);
        return polls.size();
    }
}
