package io.wirecopy.store.repository;

import io.wirecopy.store.service.BadQueryException;
import io.wirecopy.store.service.Views;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.StatelessSession;
import org.hibernate.query.NativeQuery;

/**
 * {@code GET /passages} and a story's shared passages: passage groups carried by two or more stories, longest
 * first. Native SQL: the articles and stories of a group are aggregated as arrays, and {@code q} is
 * PostgreSQL's full-text search.
 */
public class PassageListing {

    private final Reads reads;

    public PassageListing(Reads reads) {
        this.reads = reads;
    }

    /** A passage group as listed, with its id for the cursor. */
    record Group(long id, Views.SharedPassage passage) {
    }

    /**
     * Passages shared by at least {@code minStories} stories (default 2), longest first; {@code q}
     * searches their text, {@code storyId} keeps those occurring in that story.
     */
    public Views.Page<Views.SharedPassage> passages(String q, String storyId, Integer minStories, Integer limit,
            String cursor) {
        int n = PageSize.of(limit);
        int min = minStories == null ? 2 : minStories;
        if (min < 2) {
            throw new BadQueryException("minStories must be 2 or more (a passage is shared by two stories at least), got " + min);
        }
        Cursors.PassageCursor after = cursor == null || cursor.isBlank() ? null : Cursors.passage(cursor);
        return reads.read(s -> {
            String story = storyId == null || storyId.isBlank() ? null : StoryAliases.resolve(s, storyId);
            List<Group> groups = groups(s, q, story, min, n + 1, after);
            boolean more = groups.size() > n;
            List<Group> page = more ? groups.subList(0, n) : groups;
            Group last = page.isEmpty() ? null : page.get(page.size() - 1);
            return new Views.Page<>(page.stream().map(Group::passage).toList(),
                    more ? Cursors.encode(new Cursors.PassageCursor(last.passage().words(), last.id())) : null);
        });
    }

    /** Passages this story shares with other stories, longest first (at most a page of the most). */
    List<Views.SharedPassage> sharedBy(StatelessSession s, String storyId) {
        return groups(s, null, storyId, 2, PageSize.MAX, null).stream().map(Group::passage).toList();
    }

    private List<Group> groups(StatelessSession s, String q, String storyId, int minStories, int limit,
            Cursors.PassageCursor after) {
        StringBuilder sql = new StringBuilder("""
                SELECT g.id, g.text, g.words,
                       array_agg(DISTINCT o.article_id ORDER BY o.article_id) AS article_ids,
                       array_agg(DISTINCT a.story_id ORDER BY a.story_id) AS story_ids
                FROM passage_groups g
                JOIN passage_occurrences o ON o.group_id = g.id
                JOIN articles a ON a.id = o.article_id
                WHERE true""");
        Map<String, Object> params = new LinkedHashMap<>();
        if (q != null && !q.isBlank()) {
            sql.append(" AND to_tsvector('simple', left(g.text, 100000)) @@ websearch_to_tsquery('simple', :q)");
            params.put("q", q);
        }
        if (storyId != null) {
            sql.append(" AND g.id IN (SELECT o2.group_id FROM passage_occurrences o2 JOIN articles a2 ON a2.id = o2.article_id"
                    + " WHERE a2.story_id = :story)");
            params.put("story", storyId);
        }
        if (after != null) {
            sql.append(" AND (g.words < :words OR (g.words = :words AND g.id > :id))");
            params.put("words", after.words());
            params.put("id", after.id());
        }
        sql.append(" GROUP BY g.id HAVING count(DISTINCT a.story_id) >= :min ORDER BY g.words DESC, g.id LIMIT :n");
        params.put("min", minStories);
        params.put("n", limit);
        NativeQuery<Object[]> query = reads.sql(s, sql.toString());
        params.forEach(query::setParameter);
        List<Group> out = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            out.add(new Group(Columns.number(row[0]), new Views.SharedPassage(Columns.text(row[1]),
                    (int) Columns.number(row[2]), Columns.strings(row[3]), Columns.strings(row[4]))));
        }
        return out;
    }
}
