package io.wirecopy.store.service;

import io.wirecopy.shared.event.ArticleDeduplicated;
import io.wirecopy.shared.event.ArticleRevised;
import io.wirecopy.shared.event.DedupeEvent;
import io.wirecopy.shared.event.QuotesRendered;
import io.wirecopy.shared.event.StoriesMerged;
import io.wirecopy.store.entity.ArticleEntity;
import io.wirecopy.store.entity.ReuseColumn;
import io.wirecopy.store.repository.StoryAliases;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;

/**
 * Applies dedupe decisions to the database through Hibernate ORM, each event once and in one transaction with
 * the record that it was applied; the events of one poll go in one transaction together ({@link #applyAll}).
 * Story fields are derived from the story's articles, so they come out the same whatever the order of events,
 * and a story touched by several events of a batch is derived once, at its end. The canonical article is the
 * one with the most complete (longest) text, then the earliest published, then the smallest id.
 *
 * <p>Rows an event creates are entities inserted by a {@link StatelessSession}; what only PostgreSQL does in
 * one statement (insert-unless-present, the upserts of quotes and speakers, deriving a story with a lateral
 * join) is native SQL run through the same session and transaction.
 */
public class EventApplier {

    /** Versions kept per article when none is configured ({@code wirecopy.store.versions.max}). */
    public static final int DEFAULT_MAX_VERSIONS = 20;

    private final SessionFactory sessions;
    private final int maxVersions;

    public EventApplier(SessionFactory sessions) {
        this(sessions, DEFAULT_MAX_VERSIONS);
    }

    /** An applier that keeps at most {@code maxVersions} versions of an article (the oldest beyond it deleted). */
    public EventApplier(SessionFactory sessions, int maxVersions) {
        if (maxVersions < 1) {
            throw new IllegalArgumentException("versions to keep must be at least 1, got " + maxVersions);
        }
        this.sessions = sessions;
        this.maxVersions = maxVersions;
    }

    /** @return false if the event had been applied before (nothing changed) */
    public boolean apply(DedupeEvent event) throws SQLException {
        return applyAll(List.of(event))[0];
    }

    /**
     * Applies events in order, in one transaction: all of them or, on a failure, none.
     *
     * @return for each event, false if it had been applied before (nothing changed)
     * @throws SQLException what the database said, when it refused (see {@link SqlFaults})
     */
    public boolean[] applyAll(List<DedupeEvent> events) throws SQLException {
        try {
            return sessions.fromStatelessTransaction(s -> applyIn(s, events, maxVersions));
        } catch (RuntimeException e) {
            SQLException cause = SqlFaults.sqlCause(e);
            if (cause != null) {
                throw cause;
            }
            throw e;
        }
    }

    private static boolean[] applyIn(StatelessSession s, List<DedupeEvent> events, int maxVersions) {
        boolean[] fresh = new boolean[events.size()];
        Poll poll = new Poll(s);
        for (int i = 0; i < fresh.length; i++) {
            DedupeEvent event = events.get(i);
            if (event instanceof ArticleDeduplicated d) {
                String storyId = poll.resolve(d.storyId());
                fresh[i] = recordWithStory(s, d, storyId);
                if (fresh[i]) {
                    applyArticle(poll, d, storyId);
                }
            } else {
                fresh[i] = recordEvent(s, event);
                if (fresh[i] && event instanceof StoriesMerged m) {
                    applyMerge(poll, m);
                }
                if (fresh[i] && event instanceof QuotesRendered r) {
                    QuoteWriter.write(s, r); // renderings, decided after the article's decision, in both directions
                }
                if (fresh[i] && event instanceof ArticleRevised r && VersionWriter.write(s, r, maxVersions)) {
                    // the story's canonical article and title may change with the text shown
                    poll.touch(poll.resolve(r.storyId()), r.occurredAt());
                }
            }
        }
        poll.touched.forEach((storyId, at) -> StoryWrites.derive(s, storyId, at));
        return fresh;
    }

    /**
     * What one transaction learned of stories, so the copies of a story in one poll ask the database once:
     * where an id resolves to (forgotten at a merge, which moves aliases), and which stories to derive at the end,
     * as of the latest event that touched each.
     */
    private static final class Poll {
        final StatelessSession session;
        final Map<String, OffsetDateTime> touched = new LinkedHashMap<>();
        final Map<String, String> resolved = new HashMap<>();

        Poll(StatelessSession session) {
            this.session = session;
        }

        String resolve(String storyId) {
            return resolved.computeIfAbsent(storyId, id -> StoryAliases.resolve(session, id));
        }

        /**
         * Every time, not once a poll: each insert-unless-present takes a value of the stories' sequence even when
         * the story exists, and a story's {@code seq} (its place in the newest-first list, in the cursors) must not
         * depend on where polls begin and end.
         */
        void ensure(String storyId, OffsetDateTime at) {
            StoryWrites.ensure(session, storyId, at);
        }

        void touch(String storyId, OffsetDateTime at) {
            touched.merge(storyId, at, (x, y) -> x.isAfter(y) ? x : y);
        }
    }

    /** @return whether the event is new (its id was not recorded before) */
    private static boolean recordEvent(StatelessSession s, DedupeEvent event) {
        return NativeChanges.of(s, "applied_events",
                        "INSERT INTO applied_events (event_id, type) VALUES (:id, :type) ON CONFLICT DO NOTHING")
                .setParameter("id", event.eventId())
                .setParameter("type", event.getClass().getSimpleName())
                .executeUpdate() == 1;
    }

    /**
     * Records a decision's event id and, when it is new, makes sure its story exists: one statement, as the
     * two are done for every decision. A story is created at its first article; the insert-unless-present
     * takes a value of the stories' sequence at every new decision, as it did as two statements, so a story's
     * {@code seq} (its place in the newest-first list) does not depend on where polls begin and end.
     *
     * @return whether the event is new
     */
    private static boolean recordWithStory(StatelessSession s, ArticleDeduplicated d, String storyId) {
        Number recorded = (Number) NativeChanges.of(s, "applied_events", """
                        WITH recorded AS (
                            INSERT INTO applied_events (event_id, type) VALUES (:id, :type) ON CONFLICT DO NOTHING RETURNING 1),
                        story AS (
                            INSERT INTO stories (id, created_at, updated_at) SELECT :story, :at, :at
                            WHERE EXISTS (SELECT 1 FROM recorded) ON CONFLICT (id) DO NOTHING)
                        SELECT count(*) FROM recorded""")
                .addSynchronizedQuerySpace("stories")
                .setParameter("id", d.eventId())
                .setParameter("type", d.getClass().getSimpleName())
                .setParameter("story", storyId)
                .setParameter("at", d.occurredAt())
                .getSingleResult();
        return recorded.intValue() == 1;
    }

    private static void applyArticle(Poll poll, ArticleDeduplicated d, String storyId) {
        // a new event never carries a stored article (dedupe decides an id once); a record that does is
        // refused by the primary key and dead-lettered, the records around it applied
        poll.session.insert(row(d, storyId));
        PassageWriter.write(poll.session, d);
        QuoteWriter.write(poll.session, d);
        poll.touch(storyId, d.occurredAt());
    }

    private static ArticleEntity row(ArticleDeduplicated d, String storyId) {
        var a = d.article();
        ArticleEntity row = new ArticleEntity();
        row.id = a.id();
        row.storyId = storyId;
        row.url = a.url();
        row.source = a.source();
        row.title = a.title();
        row.byline = a.byline();
        row.publishedAt = a.publishedAt();
        row.language = a.language();
        row.text = a.text();
        row.contentHash = a.contentHash();
        row.modifiedAt = a.modifiedAt();
        row.dedupeRelation = d.relation().name();
        row.matchedArticleId = d.matchedArticleId();
        row.similarity = d.similarity();
        row.decidedAt = d.occurredAt();
        row.reuseShare = d.reuse().share();
        row.reuse = ReuseColumn.write(d.reuse());
        return row;
    }

    private static void applyMerge(Poll poll, StoriesMerged m) {
        String survivor = poll.resolve(m.survivingStoryId());
        String merged = poll.resolve(m.mergedStoryId());
        poll.ensure(survivor, m.occurredAt());
        poll.ensure(merged, m.occurredAt());
        if (survivor.equals(merged)) {
            return; // merged before, through another path
        }
        StoryWrites.fold(poll.session, merged, survivor);
        poll.resolved.clear();
        poll.touch(merged, m.occurredAt());
        poll.touch(survivor, m.occurredAt());
    }
}
