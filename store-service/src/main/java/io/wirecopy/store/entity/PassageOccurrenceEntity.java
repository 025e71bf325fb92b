package io.wirecopy.store.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** Where a passage group occurs: an article and the word and char ranges there. */
@Entity
@Table(name = "passage_occurrences")
@IdClass(PassageOccurrenceEntity.Key.class)
public class PassageOccurrenceEntity {

    /** One occurrence per article, first word and group. */
    public record Key(String articleId, int fromWord, long groupId) implements Serializable {
    }

    @Id
    @Column(name = "group_id")
    public long groupId;

    @Id
    @Column(name = "article_id")
    public String articleId;

    @Id
    @Column(name = "from_word")
    public int fromWord;

    @Column(name = "to_word")
    public int toWord;

    @Column(name = "from_char")
    public int fromChar;

    @Column(name = "to_char")
    public int toChar;
}
