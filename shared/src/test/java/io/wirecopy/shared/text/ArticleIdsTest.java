package io.wirecopy.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    @Test
    void goldenSha256() {
        assertThat(Hashing.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void idFromUrlWhenPresent() {
        assertThat(ArticleIds.articleId("https://example.com/a", "any text"))
                .isEqualTo(ArticleIds.articleId("https://example.com/a", "other text"))
                .isEqualTo("a_04eb124138012504ac9b90b7") // sha256("url:https://example.com/a"), first 24 hex
                .matches("a_[0-9a-f]{24}");
    }

    @Test
    void idFromTextIgnoresTypography() {
        String id = ArticleIds.articleId(null, "Kerry: “Open.”");
        assertThat(ArticleIds.articleId(" ", "kerry -- \"open\""))
                .isEqualTo(id)
                .isEqualTo("a_8a6cc35ef67eca6a1af9d8f7"); // sha256("text:kerry open"), first 24 hex
        assertThat(ArticleIds.articleId(null, "Kerry: closed.")).isNotEqualTo(id);
    }

    @Test
    void contentHashAndStoryIdGolden() {
        assertThat(ArticleIds.contentHash("Kerry: “Open.”"))
                .isEqualTo("2e401c5146c74b532afc011d3fcdd8c796a13ffe9962503336a6d6389e8535bf"); // sha256("kerry open")
        assertThat(ArticleIds.storyId("a_000000000000000000000001"))
                .isEqualTo("s_665dd9124aa92337a538d0d6"); // sha256("story:a_000000000000000000000001"), first 24 hex
    }

    @org.junit.jupiter.api.Test
    void idAndHashTogetherAreTheTwoApart() {
        for (String[] c : new String[][] {{null, "unknown", "Kerry said the US is open to talks."},
                {null, "Reuters", "KERRY said — the US is open to talks!"}, {"https://a.example/1", "a", "l'été ½ １２３"}}) {
            org.assertj.core.api.Assertions.assertThat(ArticleIds.identity(c[0], c[1], c[2])).isEqualTo(
                    new ArticleIds.Identity(ArticleIds.articleId(c[0], c[1], c[2]), ArticleIds.contentHash(c[2])));
        }
    }
}
