package io.wirecopy.store.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An article as dedupe decided it: the article, its story, the decision (relation, matched article,
 * similarity, when) and its reuse ({@code reuse} is the event's JSON, see {@link ReuseColumn}). The
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
}
