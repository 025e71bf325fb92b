package io.wirecopy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The fault-injection run, short ({@code bench/run faults} is the long one): 1,200 labelled articles
 * streamed through devstack while each service, PostgreSQL and the broker fail in turn. Nothing is lost,
 * nothing is decided twice, every event is applied, and the stories are those of an uninterrupted run.
 */
class FaultRunIT {

    @Test
    void nothingIsLostOrDoubledAndTheStoriesAreTheUninterruptedOnes() throws Exception {
        Path root = Path.of(System.getProperty("user.dir")).resolve("..").normalize();
        FaultRun.Result r = new FaultRun(System.out, root, root.resolve("bench/target/fault-run-it"), 1_200, 10).run();
        System.out.println(FaultReport.table(r));
        assertThat(r.faults()).hasSize(5).allSatisfy(f -> assertThat(f.recoverSeconds()).isPositive());
        assertThat(r.lost()).as("lost").isZero();
        assertThat(r.stored()).isEqualTo(r.articles());
        assertThat(r.duplicated()).as("decided twice").isZero();
        assertThat(r.eventsNotApplied()).as("events not applied").isZero();
        assertThat(r.differingStories()).as("stories differing from an uninterrupted run").isZero();
        assertThat(r.storiesStored()).isEqualTo(r.storiesReference()).isGreaterThan(100);
    }
}
