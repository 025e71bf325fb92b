package io.wirecopy.dedupe.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The versions dedupe knows of one article, newest first by {@link #NEWEST_FIRST}, at most {@code max} of them;
 * the latest version's text (what the next version is compared with); how many older versions were forgotten.
 * Written only for articles that have a second version: the first version alone is its {@link KnownArticle}.
 */
public record ArticleVersions(List<Version> versions, String latestText, int forgotten) {

    /**
     * One version: its content hash, when the article says this text was last changed (its modification time, else
     * its publication time: a text not modified since it was published; null when it says neither) and when ingest
     * accepted it. Its time is the one the article says when it says one, else the time it was seen.
     */
    public record Version(String contentHash, Long changedAtMillis, long seenAtMillis) {
        long time() {
            return changedAtMillis != null ? changedAtMillis : seenAtMillis;
        }

        /** When {@code article} says this text was last changed: its modification time, else its publication time. */
        static Long changedAt(io.wirecopy.shared.event.Article article) {
            java.time.OffsetDateTime at = article.modifiedAt() != null ? article.modifiedAt() : article.publishedAt();
            return at == null ? null : at.toInstant().toEpochMilli();
        }

        /** The first version of a remembered article, as its {@link KnownArticle} says it. */
        static Version first(KnownArticle known) {
            Long changed = known.modifiedAtMillis() != null ? known.modifiedAtMillis()
                    : known.publishedAt() == null ? null : known.publishedAt().toInstant().toEpochMilli();
            return new Version(known.contentHash(), changed, known.seenAtMillis());
        }
    }

    /**
     * Newest first: by time, then by content hash (the larger first), so the same versions give the same latest one
     * in any order of arrival.
     */
    static final Comparator<Version> NEWEST_FIRST = Comparator.comparingLong(Version::time).reversed()
            .thenComparing(Version::contentHash, Comparator.reverseOrder());

    public ArticleVersions {
        versions = List.copyOf(versions);
    }

    Version latest() {
        return versions.get(0);
    }

    boolean has(String contentHash) {
        return versions.stream().anyMatch(v -> v.contentHash().equals(contentHash));
    }

    /**
     * These versions with {@code version} added, the oldest beyond {@code max} forgotten; {@code text} becomes the
     * latest text when the version is the latest.
     */
    ArticleVersions with(Version version, String text, int max) {
        List<Version> all = new ArrayList<>(versions);
        all.add(version);
        all.sort(NEWEST_FIRST);
        int dropped = Math.max(0, all.size() - max);
        List<Version> kept = all.subList(0, all.size() - dropped);
        return new ArticleVersions(kept, kept.get(0) == version ? text : latestText, forgotten + dropped);
    }
}
