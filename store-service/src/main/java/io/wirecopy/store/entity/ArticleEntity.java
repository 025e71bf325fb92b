package io.wirecopy.store.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An article as dedupe decided it, showing its latest version: the article, its story, the decision (relation,
 * matched article, similarity, when), its versions (how many, when the shown one replaced the first) and its reuse ({@code reuse} is the event's JSON, see {@link ReuseColumn}). The
 * {@code search} tsvector PostgreSQL generates from title and text is not mapped: only native queries use it.
 */
@Entity
@Table(name = "articles")
public class ArticleEntity {

    @Id
    public String id;

    @Column(name = "story_id")
    public String storyId;

    public String url;
    public String source;
    public String title;
    public String byline;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    public String language;
    public String text;

    @Column(name = "content_hash")
    public String contentHash;

    @Column(name = "dedupe_relation")
    public String dedupeRelation;

    @Column(name = "matched_article_id")
    public String matchedArticleId;

    public double similarity;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "reuse_share")
    public double reuseShare;

    @JdbcTypeCode(SqlTypes.JSON)
    public String reuse;

    /** When the version shown says it was modified; null when it does not. */
    @Column(name = "modified_at")
    public OffsetDateTime modifiedAt;

    /** When a later version replaced the first one shown; null while the first is shown. */
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** The shown version's change (CORRECTION or REWRITE); null for the first version. */
    public String revision;

    /** Versions kept, the shown one included. */
    @Column(name = "version_count")
    public int versionCount = 1;

    /** The oldest versions beyond the cap, forgotten. */
    @Column(name = "versions_dropped")
    public int versionsDropped;
}
