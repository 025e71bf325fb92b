package io.wirecopy.store.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** Two quotes saying the same in other words (stored in both directions), and how close. */
@Entity
@Table(name = "quote_renderings")
@IdClass(QuoteRenderingEntity.Key.class)
public class QuoteRenderingEntity {

    /** One link per ordered pair of quotes. */
    public record Key(String quoteId, String otherQuoteId) implements Serializable {
    }

    @Id
    @Column(name = "quote_id")
    public String quoteId;

    @Id
    @Column(name = "other_quote_id")
    public String otherQuoteId;

    public double similarity;
}
