package io.wirecopy.store.service;

import io.wirecopy.shared.event.ArticleDeduplicated;
import io.wirecopy.shared.event.Passage;
import io.wirecopy.store.entity.PassageEntity;
import io.wirecopy.store.entity.PassageGroupEntity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.StatelessSession;

/**
 * Files a new article's passages: each pairwise passage as dedupe found it (the first of any with the same
 * key), and under its group, so a passage lifted into many articles is one group with an occurrence in each.
 */
final class PassageWriter {

    private PassageWriter() {
    }

    static void write(StatelessSession s, ArticleDeduplicated d) {
        write(s, d.article().id(), d.passages());
    }

    /**
     * Replaces an article's passages with those of the version it now shows: its own passages and every occurrence
     * in its text go (their places are in the old text), and with them the groups no longer shared by two articles
     * (their other occurrence goes too: a passage is shared or it is none); then the new version's are filed.
     * Occurrences in other articles of groups still shared stay: their places are in texts that did not change.
     */
    static void replace(StatelessSession s, String articleId, List<Passage> passages) {
        NativeChanges.of(s, "passages", "DELETE FROM passages WHERE article_id = :id").setParameter("id", articleId)
                .executeUpdate();
        NativeChanges.of(s, "passage_groups", """
                        WITH gone AS (DELETE FROM passage_occurrences WHERE article_id = :id RETURNING group_id)
                        DELETE FROM passage_groups g WHERE g.id IN (SELECT group_id FROM gone)
                          AND (SELECT count(DISTINCT o.article_id) FROM passage_occurrences o
                               WHERE o.group_id = g.id AND o.article_id <> :id) < 2""")
                .addSynchronizedQuerySpace("passage_occurrences")
                .setParameter("id", articleId).executeUpdate();
        write(s, articleId, passages);
    }

    private static void write(StatelessSession s, String articleId, List<Passage> passages) {
        Set<PassageEntity.Key> seen = new HashSet<>();
        List<PassageEntity> rows = new ArrayList<>();
        for (Passage p : passages) {
            if (seen.add(new PassageEntity.Key(articleId, p.otherArticleId(), p.span().fromWord()))) {
                rows.add(row(articleId, p));
            }
        }
        s.insertMultiple(rows); // in JDBC batches
        for (Passage p : passages) {
            group(s, articleId, p);
        }
    }

    private static PassageEntity row(String articleId, Passage p) {
        PassageEntity row = new PassageEntity();
        row.articleId = articleId;
        row.otherArticleId = p.otherArticleId();
        row.fromWord = p.span().fromWord();
        row.toWord = p.span().toWord();
        row.fromChar = p.span().fromChar();
        row.toChar = p.span().toChar();
        row.otherFromWord = p.otherSpan().fromWord();
        row.otherToWord = p.otherSpan().toWord();
        row.otherFromChar = p.otherSpan().fromChar();
        row.otherToChar = p.otherSpan().toChar();
        row.words = p.words();
        row.edits = p.edits();
        row.text = p.text();
        return row;
    }

    /**
     * Files a pairwise passage under its group: the group of an occurrence it overlaps in the other
     * article, else in this one, else a new group; when both sides already lie in different groups,
     * those groups become one.
     */
    private static void group(StatelessSession s, String articleId, Passage p) {
        Long there = groupAt(s, p.otherArticleId(), p.otherSpan());
        Long here = groupAt(s, articleId, p.span());
        long group;
        if (there == null && here == null) {
            PassageGroupEntity created = new PassageGroupEntity();
            created.text = p.text();
            created.words = p.words();
            s.insert(created);
            group = created.id;
        } else {
            group = there != null ? there : here;
            if (there != null && here != null && !there.equals(here)) {
                NativeChanges.of(s, "passage_occurrences", """
                                UPDATE passage_occurrences SET group_id = :there WHERE group_id = :here
                                  AND NOT EXISTS (SELECT 1 FROM passage_occurrences x WHERE x.group_id = :there
                                                  AND x.article_id = passage_occurrences.article_id
                                                  AND x.from_word = passage_occurrences.from_word)""")
                        .setParameter("there", there).setParameter("here", here).executeUpdate();
                s.createMutationQuery("delete from PassageGroupEntity where id = :id").setParameter("id", here).executeUpdate();
            }
            s.createMutationQuery("update PassageGroupEntity set words = :words where id = :id and words < :words")
                    .setParameter("words", p.words()).setParameter("id", group).executeUpdate();
        }
        occur(s, group, p.otherArticleId(), p.otherSpan());
        occur(s, group, articleId, p.span());
    }

    /** The group of an occurrence overlapping these words of the article (the largest overlap), or null. */
    private static Long groupAt(StatelessSession s, String articleId, Passage.Span span) {
        return s.createSelectionQuery("""
                        select groupId from PassageOccurrenceEntity
                        where articleId = :article and fromWord < :to and toWord > :from
                        order by least(toWord, :to) - greatest(fromWord, :from) desc, groupId""", Long.class)
                .setParameter("article", articleId)
                .setParameter("from", span.fromWord())
                .setParameter("to", span.toWord())
                .setMaxResults(1)
                .getSingleResultOrNull();
    }

    /** An occurrence of the group in the article, unless one there already overlaps these words. */
    private static void occur(StatelessSession s, long group, String articleId, Passage.Span span) {
        NativeChanges.of(s, "passage_occurrences", """
                        INSERT INTO passage_occurrences (group_id, article_id, from_word, to_word, from_char, to_char)
                        SELECT :group, :article, :from, :to, :fromChar, :toChar
                        WHERE NOT EXISTS (SELECT 1 FROM passage_occurrences WHERE group_id = :group AND article_id = :article
                                          AND from_word < :to AND to_word > :from)""")
                .setParameter("group", group)
                .setParameter("article", articleId)
                .setParameter("from", span.fromWord())
                .setParameter("to", span.toWord())
                .setParameter("fromChar", span.fromChar())
                .setParameter("toChar", span.toChar())
                .executeUpdate();
    }
}
