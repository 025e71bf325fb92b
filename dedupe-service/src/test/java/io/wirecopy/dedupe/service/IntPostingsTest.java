package io.wirecopy.dedupe.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntPostingsTest {

    @Test
    void keysHoldTheirArticlesInTheOrderTheyCame() {
        IntPostings p = new IntPostings();
        p.add(7, 1);
        assertThat(p.get(7)).containsExactly(1);
        p.add(7, 1);
        p.add(7, 2);
        p.add(7, 5);
        p.add(7, 5);
        assertThat(p.get(7)).containsExactly(1, 2, 5);
        assertThat(p.get(7, 2)).containsExactly(1, 2);
        assertThat(p.size(7)).isEqualTo(3);
        assertThat(p.get(8)).isEmpty();
        assertThat(p.size(8)).isZero();

        p.remove(7, 2);
        p.remove(7, 9);
        assertThat(p.get(7)).containsExactly(1, 5);
        p.remove(7, 1);
        assertThat(p.get(7)).as("back to one article, held inline").containsExactly(5);
        p.remove(7, 5);
        assertThat(p.keys()).isZero();
    }

    @Test
    void keysGoWithWhatIsUnderThem() {
        IntPostings p = new IntPostings();
        p.expect(1_000);
        p.add(-3, 4);
        p.add(-3, 6);
        p.add(-3, 9);
        p.add(11, 2);
        assertThat(p.get(-3)).containsExactly(4, 6, 9);
        p.removeKey(-3);
        assertThat(p.get(-3)).isEmpty();
        p.add(12, 1);
        p.add(12, 3);
        assertThat(p.get(12)).as("a freed list slot is reused").containsExactly(1, 3);
        assertThat(p.keys()).isEqualTo(2);
    }
}
