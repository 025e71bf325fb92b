package io.wirecopy.testing.corpus;

import io.wirecopy.shared.event.Article;
import io.wirecopy.shared.event.ArticleDeduplicated;
import io.wirecopy.shared.event.DedupeEvent;
import io.wirecopy.shared.event.Passage;
import io.wirecopy.shared.event.StoriesMerged;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Folds dedupe events the way a consumer would (merges followed to the surviving story) into what
 * the scores need: the story of every article, the stories as sets of article ids with their
 * canonical article, and every reported passage.
 */
public final class DecisionFold {

    private final Map<String, Article> articles = new HashMap<>();
    private final Map<String, String> storyOf = new HashMap<>();
    private final Map<String, String> mergedInto = new HashMap<>();
    private final List<Scores.DetectedPassage> passages = new ArrayList<>();
    private final Map<String, Double> reuse = new HashMap<>();
    private final List<Double> nearSimilarities = new ArrayList<>();
    private int merges;

    public void accept(DedupeEvent event) {
        if (event instanceof ArticleDeduplicated d) {
            articles.put(d.article().id(), d.article());
            storyOf.put(d.article().id(), d.storyId());
            reuse.put(d.article().id(), d.reuse().share());
            if (d.relation() == io.wirecopy.shared.event.Relation.NEAR) {
                nearSimilarities.add(d.similarity());
            }
            for (Passage p : d.passages()) {
                passages.add(new Scores.DetectedPassage(d.article().id(), p.span().fromWord(), p.span().toWord(),
                        p.otherArticleId(), p.otherSpan().fromWord(), p.otherSpan().toWord()));
            }
        } else if (event instanceof StoriesMerged m) {
            mergedInto.put(m.mergedStoryId(), m.survivingStoryId());
            merges++;
        }
    }

    public void acceptAll(List<DedupeEvent> events) {
        events.forEach(this::accept);
    }

    /** Article id → its story now. */
    public Map<String, String> stories() {
        Map<String, String> out = new HashMap<>();
        storyOf.forEach((article, story) -> out.put(article, resolve(story)));
        return out;
    }

    /** The stories as sets of article ids, each set keyed by its canonical article's id ({@link Article#CANONICAL_FIRST}). */
    public Map<String, Set<String>> storiesByCanonical() {
        Map<String, List<Article>> members = new HashMap<>();
        stories().forEach((article, story) -> members.computeIfAbsent(story, s -> new ArrayList<>()).add(articles.get(article)));
        Map<String, Set<String>> out = new TreeMap<>();
        for (List<Article> story : members.values()) {
            story.sort(Article.CANONICAL_FIRST);
            Set<String> ids = new TreeSet<>();
            story.forEach(a -> ids.add(a.id()));
            out.put(story.get(0).id(), ids);
        }
        return out;
    }

    /** How many {@link StoriesMerged} events there were. */
    public int merges() {
        return merges;
    }

    /** The shingle Jaccard of every NEAR decision, in order. */
    public List<Double> nearSimilarities() {
        return nearSimilarities;
    }

    /** Article id → the reuse share its decision reported. */
    public Map<String, Double> reuse() {
        return reuse;
    }

    public List<Scores.DetectedPassage> passages() {
        return passages;
    }

    private String resolve(String story) {
        String s = story;
        while (mergedInto.containsKey(s)) {
            s = mergedInto.get(s);
        }
        return s;
    }
}
