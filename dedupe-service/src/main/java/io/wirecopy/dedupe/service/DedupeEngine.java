package io.wirecopy.dedupe.service;

import io.wirecopy.shared.event.Article;
import io.wirecopy.shared.event.ArticleDeduplicated;
import io.wirecopy.shared.event.ArticleIngested;
import io.wirecopy.shared.event.DedupeEvent;
import io.wirecopy.shared.event.Relation;
import io.wirecopy.shared.text.ArticleIds;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Decides, for each article, where it belongs. The stages run in order and the first that places the
 * article wins:
 * <ol>
 *   <li>seen before: the same article id with the same content changes nothing;</li>
 *   <li>exact copy: the same canonical text (content hash) as an earlier article joins its story;</li>
 *   <li>new: otherwise the article founds a story.</li>
 * </ol>
 * Near-duplicates (MinHash and LSH) and shared passages slot in between 2 and 3.
 */
public final class DedupeEngine {

    /** What became of one article: the events to emit (none for a re-sent article). */
    public record Decision(List<DedupeEvent> events, Outcome outcome) {
    }

    public enum Outcome {
        NEW, EXACT, RESENT, CHANGED_RESENT
    }

    private final DedupeState state;

    public DedupeEngine(DedupeState state) {
        this.state = state;
    }

    public Decision decide(ArticleIngested ingested, OffsetDateTime now) {
        Article article = ingested.article();
        DedupeState.ArticleState known = state.articles().get(article.id());
        if (known != null) {
            // Same id again. With the same text it is a re-send; with another text (an edited page under
            // the same URL) the first decision stands until updates are supported.
            return new Decision(List.of(),
                    known.contentHash().equals(article.contentHash()) ? Outcome.RESENT : Outcome.CHANGED_RESENT);
        }
        DedupeState.ExactEntry exact = state.exact().get(article.contentHash());
        ArticleDeduplicated event;
        Outcome outcome;
        if (exact != null) {
            event = ArticleDeduplicated.of(article, exact.storyId(), Relation.EXACT, exact.articleId(), 1.0, now);
            outcome = Outcome.EXACT;
        } else {
            String storyId = ArticleIds.storyId(article.id());
            state.exact().put(article.contentHash(), new DedupeState.ExactEntry(storyId, article.id()));
            event = ArticleDeduplicated.of(article, storyId, Relation.NEW, null, 1.0, now);
            outcome = Outcome.NEW;
        }
        state.articles().put(article.id(), new DedupeState.ArticleState(event.storyId(), article.contentHash()));
        return new Decision(List.of(event), outcome);
    }
}
