package io.wirecopy.ingest.scheduling;

import io.quarkus.scheduler.Scheduled;
import io.wirecopy.ingest.service.FeedPoller;
import jakarta.enterprise.context.ApplicationScoped;

/** Every {@code wirecopy.ingest.polling.tick}, polls the subscriptions that are due (one pass at a time). */
@ApplicationScoped
public class PollScheduler {

    private final FeedPoller poller;

    public PollScheduler(FeedPoller poller) {
        this.poller = poller;
    }

    @Scheduled(every = "${wirecopy.ingest.polling.tick:10s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        poller.pollDue();
    }
}
