package io.wirecopy.store.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A passage an article shares with another, as dedupe found it: both word and char ranges, words, edits, text. */
@Entity
@Table(name = "passages")
@IdClass(PassageEntity.Key.class)
public class PassageEntity {

    /** One passage per article, other article and first word. */
    public record Key(String articleId, String otherArticleId, int fromWord) implements Serializable {
    }

    @Id
    @Column(name = "article_id")
    public String articleId;

    @Id
    @Column(name = "other_article_id")
    public String otherArticleId;

    @Id
    @Column(name = "from_word")
    public int fromWord;

    @Column(name = "to_word")
    public int toWord;

    @Column(name = "from_char")
    public int fromChar;

    @Column(name = "to_char")
    public int toChar;

    @Column(name = "other_from_word")
    public int otherFromWord;

    @Column(name = "other_to_word")
    public int otherToWord;

    @Column(name = "other_from_char")
    public int otherFromChar;

    @Column(name = "other_to_char")
    public int otherToChar;

    public int words;
    public int edits;
    public String text;
}
