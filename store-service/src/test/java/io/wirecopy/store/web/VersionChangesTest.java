package io.wirecopy.store.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionChangesTest {

    @Test
    void paragraphsAddedKeptAndRemoved() {
        String older = "Three people were hurt.\n\nThe fire began at noon.\n\nPolice closed the road.";
        String newer = "Four people were hurt.\n\nThe fire began at noon.\n\n\n\nThe road is open again.";
        assertThat(VersionChanges.between(newer, older)).containsExactly(
                new VersionChanges.Paragraph("Four people were hurt.", "added"),
                new VersionChanges.Paragraph("The fire began at noon.", "kept"),
                new VersionChanges.Paragraph("The road is open again.", "added"),
                new VersionChanges.Paragraph("Three people were hurt.", "removed"),
                new VersionChanges.Paragraph("Police closed the road.", "removed"));
    }

    @Test
    void theFirstVersionIsAllKeptAndTwoLongVersionsCostALinearPass() {
        assertThat(VersionChanges.between("One.\n\nTwo.", null)).extracting(VersionChanges.Paragraph::change)
                .containsExactly("kept", "kept");
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 100_000; i++) { // two texts of 100,000 paragraphs each, none shared: no quadratic work
            a.append("a").append(i).append("\n\n");
            b.append("b").append(i).append("\n\n");
        }
        long t = System.nanoTime();
        assertThat(VersionChanges.between(a.toString(), b.toString())).hasSize(200_000);
        assertThat((System.nanoTime() - t) / 1e9).isLessThan(5.0);
    }
}
