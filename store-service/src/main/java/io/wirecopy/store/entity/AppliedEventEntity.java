package io.wirecopy.store.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.Generated;

/** An event applied once: its id, its type, when (PostgreSQL's clock). */
@Entity
@Table(name = "applied_events")
public class AppliedEventEntity {

    @Id
    @Column(name = "event_id")
    public String eventId;

    public String type;

    @Generated
    @Column(name = "applied_at", insertable = false, updatable = false)
    public OffsetDateTime appliedAt;
}
