package io.wirecopy.shared.event;

import static io.wirecopy.shared.event.Validation.matches;

import java.util.List;

/**
 * How much of an article is copy, part of {@link ArticleDeduplicated}: {@code share} is the part of its
 * words found in passages it shares with earlier articles of other sources (copies in its own story
 * and passages lifted from other stories alike), {@code sources} those articles, each with the part
 * of this article's words it shares with it, largest first. An article that shares nothing has
 * {@link #NONE}.
 */
public record Reuse(double share, List<Source> sources) {

    public static final Reuse NONE = new Reuse(0.0, List.of());

    /** An earlier article of another source, its story (when decided) and the part of this article it carries. */
    public record Source(String articleId, String storyId, String source, double share) {
        public Source {
            matches("Reuse.Source", "articleId", articleId, Validation.ARTICLE_ID);
            matches("Reuse.Source", "storyId", storyId, Validation.STORY_ID);
            Validation.notBlank("Reuse.Source", "source", source);
            Validation.clean("Reuse.Source", "source", source);
            Reuse.checkShare(share);
        }
    }

    public Reuse {
        checkShare(share);
        sources = sources == null ? List.of() : List.copyOf(sources);
        for (Source s : sources) {
            if (s.share() > share + 1e-9) {
                throw new IllegalArgumentException("Reuse: a source's share (" + s.share()
                        + ") cannot exceed the article's (" + share + ")");
            }
        }
    }

    static void checkShare(double share) {
        if (!(share >= 0.0 && share <= 1.0)) {
            throw new IllegalArgumentException("Reuse.share must be in [0, 1], got " + share);
        }
    }
}
