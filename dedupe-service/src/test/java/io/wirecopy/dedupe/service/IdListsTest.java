package io.wirecopy.dedupe.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdListsTest {

    private final DedupeState.MapTable<String> table = new DedupeState.MapTable<>();

    @Test
    void aBucketKeepsItsFirstIdsUpToItsSizeAndForgetsThemOneByOne() {
        IdLists.addToBucket(table, "07:00ff", "a_1", 3);
        IdLists.addToBucket(table, "07:00ff", "a_2", 3);
        IdLists.addToBucket(table, "07:00ff", "a_1", 3);
        IdLists.addToBucket(table, "07:00ff", "a_3", 3);
        IdLists.addToBucket(table, "07:00ff", "a_4", 3);
        assertThat(table.view()).containsExactly(java.util.Map.entry("07:00ff", "a_1 a_2 a_3"));
        assertThat(IdLists.bucket(table, "07:00ff")).containsExactly("a_1", "a_2", "a_3");
        IdLists.removeFromBucket(table, "07:00ff", "a_2");
        IdLists.removeFromBucket(table, "07:00ff", "a_9");
        assertThat(table.get("07:00ff")).isEqualTo("a_1 a_3");
        IdLists.removeFromBucket(table, "07:00ff", "a_1");
        IdLists.removeFromBucket(table, "07:00ff", "a_3");
        assertThat(table.view()).isEmpty();
        assertThat(IdLists.bucket(table, "07:00ff")).isEmpty();
    }

    @Test
    void aPostingCarriedByTooManyArticlesIsIgnoredUntilItsLastArticleIsForgotten() {
        IdLists.addToPosting(table, "fp", "a_1", 2, 100);
        IdLists.addToPosting(table, "fp", "a_2", 2, 200);
        assertThat(IdLists.posting(table, "fp")).containsExactly("a_1", "a_2");
        IdLists.addToPosting(table, "fp", "a_3", 2, 300);
        assertThat(table.get("fp")).isEqualTo("*300");
        assertThat(IdLists.posting(table, "fp")).as("common: no ids, told apart from a fingerprint nobody carries").isNull();
        assertThat(IdLists.posting(table, "other")).isEqualTo(List.of());
        IdLists.addToPosting(table, "fp", "a_4", 2, 250);
        assertThat(table.get("fp")).isEqualTo("*300");
        // pruning up to 300 (exclusive) leaves it common; after 300 it goes
        IdLists.removeFromPosting(table, "fp", "a_1", 300);
        assertThat(table.get("fp")).isEqualTo("*300");
        IdLists.removeFromPosting(table, "fp", "a_3", 301);
        assertThat(table.view()).isEmpty();
    }

    @Test
    void forgettingAnArticleAPostingNeverHadChangesNothing() {
        IdLists.addToPosting(table, "fp", "a_1", 20, 100);
        IdLists.removeFromPosting(table, "fp", "a_2", 1_000);
        assertThat(table.get("fp")).isEqualTo("a_1");
    }
}
