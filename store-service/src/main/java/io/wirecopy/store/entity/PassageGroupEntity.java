package io.wirecopy.store.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One passage however many articles carry it: its text and its longest length in words. */
@Entity
@Table(name = "passage_groups")
public class PassageGroupEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String text;
    public int words;
}
