package io.wirecopy.dedupe.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.jboss.logging.Logger;

/**
 * What Kafka Streams does when a stream thread dies of an exception nothing else handled (a broker away
 * longer than the client's timeouts, a transaction fenced): the thread is replaced, and the new one
 * resumes from the last commit, so the service never ends up with no thread while it reports alive.
 * Quarkus hands this bean to {@code KafkaStreams#setUncaughtExceptionHandler}.
 */
@ApplicationScoped
public class StreamsSupervision implements StreamsUncaughtExceptionHandler {

    private static final Logger LOG = Logger.getLogger(StreamsSupervision.class);

    @Override
    public StreamThreadExceptionResponse handle(Throwable exception) {
        LOG.errorf(exception, "a stream thread died; replacing it (it resumes from the last commit)");
        io.micrometer.core.instrument.Metrics.counter("wirecopy.dedupe.stream.threads.replaced").increment();
        return StreamThreadExceptionResponse.REPLACE_THREAD;
    }
}
