package io.wirecopy.store.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A quote, once: its first wording, its speaker (or how an article described a source it did not name), when first seen. */
@Entity
@Table(name = "quotes")
public class QuoteEntity {

    @Id
    public String id;

    public String text;

    @Column(name = "speaker_id")
    public String speakerId;

    @Column(name = "first_seen_at")
    public OffsetDateTime firstSeenAt;

    @Column(name = "speaker_description")
    public String speakerDescription;
}
