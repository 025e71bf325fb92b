package io.wirecopy.store.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A quote as one article words it. */
@Entity
@Table(name = "quote_occurrences")
@IdClass(QuoteOccurrenceEntity.Key.class)
public class QuoteOccurrenceEntity {

    /** One occurrence per quote and article. */
    public record Key(String quoteId, String articleId) implements Serializable {
    }

    @Id
    @Column(name = "quote_id")
    public String quoteId;

    @Id
    @Column(name = "article_id")
    public String articleId;

    public String text;
}
