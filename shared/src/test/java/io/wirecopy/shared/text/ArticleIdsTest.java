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
                .isEqualTo("a_" + Hashing.sha256Hex("url:https://example.com/a").substring(0, 24))
                .matches("a_[0-9a-f]{24}");
    }

    @Test
    void idFromTextIgnoresTypography() {
        String id = ArticleIds.articleId(null, "Kerry: “Open.”");
        assertThat(ArticleIds.articleId(" ", "kerry -- \"open\""))
                .isEqualTo(id)
                .isEqualTo("a_" + Hashing.sha256Hex("text:kerry open").substring(0, 24));
        assertThat(ArticleIds.articleId(null, "Kerry: closed.")).isNotEqualTo(id);
    }

    @Test
    void contentHashAndStoryIdGolden() {
        assertThat(ArticleIds.contentHash("Kerry: “Open.”")).isEqualTo(Hashing.sha256Hex("kerry open"));
        assertThat(ArticleIds.storyId("a_000000000000000000000001"))
                .isEqualTo("s_" + Hashing.sha256Hex("story:a_000000000000000000000001").substring(0, 24));
    }
}
