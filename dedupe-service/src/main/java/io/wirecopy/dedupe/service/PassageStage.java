package io.wirecopy.dedupe.service;

import io.wirecopy.dedupe.config.DedupeConfig;
import io.wirecopy.shared.event.Passage;
import io.wirecopy.dedupe.similarity.PassageAligner;
import io.wirecopy.dedupe.similarity.Winnowing;
import io.wirecopy.shared.text.Sources;
import io.wirecopy.shared.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Shared passages: the earlier articles of other stories that carry {@code passages.min-shared-fingerprints}
 * of this text's winnowed fingerprints or more (fingerprints indexed for too many articles are stock
 * phrases and carry none), the {@code passages.max-candidates} that carry most (weighed by rarity), are
 * aligned with it.
 * Articles of the same known source are left out unless {@code passages.same-source}: what a site
 * shares with itself is mostly its template. A passage shorter than {@code passages.stock-max-words}
 * whose every fingerprint earlier articles of {@code passages.stock-articles} stories or more carry is a
 * stock phrase ("according to an earlier report by the wire agency", "told the jury of six men and six
 * women that") and is left out (copies of one story count once); a longer one (a background paragraph repeated day after day) is reuse
 * and stays.
 */
final class PassageStage implements Stage {

    private final StoryTable stories;
    private final PassageAligner aligner;
    private final DedupeConfig.Passages passages;

    PassageStage(StoryTable stories, PassageAligner aligner, DedupeConfig.Passages passages) {
        this.stories = stories;
        this.aligner = aligner;
        this.passages = passages;
    }

    @Override
    public boolean appliesToVersions() {
        return true;
    }

    @Override
    public void apply(DecisionDraft draft) {
        List<KnownArticle> ranked = draft.sharedFingerprints().stream()
                .filter(s -> s.count() >= passages.minSharedFingerprints())
                .map(ArticleIndex.SharedFingerprints::article).toList();
        List<Passage> found = new ArrayList<>();
        TextFeatures features = draft.features();
        int aligned = 0;
        for (KnownArticle other : ranked) {
            if (aligned >= passages.maxCandidates()) {
                break;
            }
            String otherId = other.id();
            if (!passages.sameSource() && Sources.same(other.source(), draft.article.source())) {
                continue;
            }
            String otherStory = stories.resolve(other.storyId());
            if (otherStory.equals(draft.storyId)) {
                continue;
            }
            aligned++;
            TextFeatures there = draft.featuresOf(other);
            for (PassageAligner.Passage p : draft.alignable(aligner).align(there.words(), there.seedGrams())) {
                p = withinParagraphs(p, features.spans(), draft.article.text(), passages.minWords());
                if (p == null || isStock(draft, p)) {
                    continue;
                }
                Passage.Span here = span(features.spans(), p.aStart(), p.aEnd());
                found.add(new Passage(otherId, otherStory, p.words(), p.edits(), here,
                        span(there.spans(), p.bStart(), p.bEnd()),
                        draft.article.text().substring(here.fromChar(), here.toChar())));
            }
        }
        draft.passages = found;
    }

    /** Short, and every fingerprint in it carried by many earlier articles. */
    private boolean isStock(DecisionDraft draft, PassageAligner.Passage p) {
        if (p.words() >= passages.stockMaxWords()) {
            return false;
        }
        boolean any = false;
        for (Winnowing.Fingerprint fp : draft.features().fingerprints()) {
            if (fp.position() >= p.aStart() && fp.position() + passages.seedWords() <= p.aEnd()) {
                any = true;
                if (draft.storiesCarrying(fp.hash(), stories::resolve, passages.stockArticles()) < passages.stockArticles()) {
                    return false;
                }
            }
        }
        return any;
    }

    /**
     * The passage without a head or a tail of fewer than {@code minWords} words beyond a paragraph break of
     * this article: an alignment that tolerates small edits carries a passage over a break into the opening
     * words of the next paragraph (a name, "the national space agency said") that the other text has there
     * too, which were not taken from it. Null when less than {@code minWords} is left. The other side moves
     * by as many words.
     */
    static PassageAligner.Passage withinParagraphs(PassageAligner.Passage p, List<TextNormalizer.Token> spans, String text,
            int minWords) {
        int from = p.aStart();
        int to = p.aEnd();
        int firstBreak = -1;
        int lastBreak = -1;
        for (int i = from + 1; i < to; i++) {
            if (paragraphBreak(text, spans.get(i - 1).end(), spans.get(i).start())) {
                firstBreak = firstBreak < 0 ? i : firstBreak;
                lastBreak = i;
            }
        }
        if (firstBreak < 0) {
            return p;
        }
        if (firstBreak - from < minWords) {
            from = firstBreak;
        }
        if (lastBreak > from && to - lastBreak < minWords) {
            to = lastBreak;
        }
        if (to - from < minWords) {
            return null;
        }
        int bStart = Math.min(p.bStart() + (from - p.aStart()), p.bEnd() - 1);
        int bEnd = Math.max(p.bEnd() - (p.aEnd() - to), bStart + 1);
        return from == p.aStart() && to == p.aEnd() ? p : new PassageAligner.Passage(from, to, bStart, bEnd, p.edits());
    }

    /** Whether the characters {@code [from, to)} between two words hold a blank line. */
    private static boolean paragraphBreak(String text, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if (text.charAt(k) == '\n' && text.charAt(k + 1) == '\n') {
                return true;
            }
        }
        return false;
    }

    private static Passage.Span span(List<TextNormalizer.Token> spans, int from, int to) {
        return new Passage.Span(from, to, spans.get(from).start(), spans.get(to - 1).end());
    }
}
