package io.wirecopy.store.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.Generated;

/**
 * A story: its id, the order it was created in ({@code seq}, from PostgreSQL's sequence), what is derived from
 * its articles (canonical article, title, count, first publication) and, once merged, the story it lives on in.
 */
@Entity
@Table(name = "stories")
public class StoryEntity {

    @Id
    public String id;

    @Generated
    @Column(insertable = false, updatable = false)
    public long seq;

    public String title;

    @Column(name = "canonical_article_id")
    public String canonicalArticleId;

    @Column(name = "article_count")
    public int articleCount;

    @Column(name = "first_published_at")
    public OffsetDateTime firstPublishedAt;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "merged_into")
    public String mergedInto;
}
