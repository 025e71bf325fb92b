package io.wirecopy.ingest.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Tells the paragraphs of an article from the boilerplate around it, block by block and then by
 * context, as jusText does (Pomikálek, 2011): a long block with few links is good, a block that is
 * mostly links or a copyright, date, byline or credit line is bad, and a short block takes the class of
 * its neighbours: between two good blocks it is good (a subheading, a one-line paragraph, an
 * ingredient), between two bad ones bad (a menu label, a "Share this"), between one of each good only
 * when the bad side's nearest block reads like a sentence or the block is a paragraph of the good
 * neighbour's column. A heading is good when good text follows it. The start and the end of the page
 * count as bad neighbours.
 */
public final class BlockClassifier {

    /** What a block is judged to be. */
    public enum Label {
        GOOD, BAD, SHORT, NEAR_GOOD
    }

    /** A block of at least this many characters (CJK counting {@value #CJK_WEIGHT}) with few links is good on its own. */
    static final int LONG_CHARS = 80;
    /** A sentence-like block of at least this many characters is near-good. */
    static final int MEDIUM_CHARS = 40;
    static final int CJK_WEIGHT = 3;
    /** A block with more of its text in links than this is bad. */
    public static final double MAX_LINK_DENSITY = 0.5;
    /** A block under {@link #LONG_CHARS} with more of its text in links than this is bad. */
    static final double MAX_SHORT_LINK_DENSITY = 0.25;

    private static final Pattern BOILERPLATE = Pattern.compile(
            "^(©|\\(c\\)|copyright\\b)|all rights reserved|alle rechte vorbehalten|tous droits réservés"
                    + "|todos los derechos reservados|diritti riservati",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A date as pages print them: 23.10.2018, 2018-10-23, 10/23/18, 23 Oct 2018, October 23, 2018, 23. Oktober 2018. */
    private static final Pattern DATE = Pattern.compile(
            "\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b"
                    + "|\\b\\d{1,2}\\.?\\s+\\p{L}{3,10}\\.?\\s+\\d{4}\\b|\\b\\p{L}{3,10}\\.?\\s+\\d{1,2}(st|nd|rd|th)?,?\\s+\\d{4}\\b");

    /** A byline: "By Jane Doe", "Von Max Muster", "Par", "Por", "Di", "Door", "Av", "Przez" and a name. */
    private static final Pattern BYLINE = Pattern.compile("^(?iu:by|von|par|por|di|door|av|przez)\\s+\\p{Lu}\\p{L}+");

    /** A picture credit or a source line: "Foto: dpa", "Bild:", "Photo:", "Credit:", "Quelle:", "Source:", "Fuente:". */
    private static final Pattern CREDIT = Pattern.compile(
            "^(?iu:fotos?|bild|bilder|titelbild|photos?|image|images|credits?|quelle|quellen|quellenangaben|source|sources"
                    + "|fuente|fuentes|crédits?|foto\\s*/\\s*video)\\s*:");

    /**
     * A reader appeal: a call to subscribe, join, donate or sign up ({@link #ACTION}) that also names what the
     * reader buys or backs ({@link #OFFER}): "Become a member today from just three euros a month", "Sign up
     * for our newsletter", "Support independent journalism". Either alone is news ("the union urged members to
     * donate", "the paper's subscribers fell"); both in one short block are the site's, never the article's.
     */
    private static final Pattern ACTION = Pattern.compile(
            "\\b(subscribe|become an? (member|subscriber|supporter|patron)|support (us|our|independent|quality|local)\\b"
                    + "|donate|make a (donation|contribution)|sign up|join (us|our)|register (now|today|for free)|try .{0,20}free"
                    + "|jetzt abonnieren|abonnieren sie|unterstützen sie|abonnez-vous|soutenez|suscr[ií]bete|hazte socio)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern OFFER = Pattern.compile(
            "\\b(journalism|member(ship)?|subscription|subscriber|newsletters?|inbox|a month|per month|a week|per week"
                    + "|unlimited|without limits|ad-free|free trial|digital access|our reporting|our work|your support"
                    + "|journalismus|abo|newsletter|journalisme|abonnement|periodismo|suscripción)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A block longer than this is text even when it asks the reader for something. */
    static final int APPEAL_CHARS = 300;

    /** A block shorter than this that carries a date is a date line (posted on, updated, a timestamp). */
    static final int DATE_LINE_CHARS = 50;

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？…:;,，]|[.!?\"”»]\\s*$");

    private BlockClassifier() {
    }

    /** The label of each block, context revision done: only {@code GOOD} and {@code BAD} remain. */
    public static Label[] classify(List<TextBlock> blocks) {
        Label[] raw = new Label[blocks.size()];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = raw(blocks.get(i));
        }
        lists(blocks, raw);
        Label[] out = raw.clone();
        // the nearest decided block (good or bad) on each side, and the nearest one counting near-good: one
        // pass each way, so a page of 100,000 short blocks costs no more than its blocks
        int[] prevDecided = nearest(raw, -1, false);
        int[] nextDecided = nearest(raw, 1, false);
        int[] prevAny = nearest(raw, -1, true);
        int[] nextAny = nearest(raw, 1, true);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == Label.SHORT) {
                Label prev = label(raw, prevDecided[i]);
                Label next = label(raw, nextDecided[i]);
                if (prev == Label.GOOD && next == Label.GOOD) {
                    out[i] = Label.GOOD;
                } else if (prev == Label.BAD && next == Label.BAD) {
                    out[i] = Label.BAD;
                } else {
                    // one good, one bad neighbour: good if the neighbour on the bad side, near-good counted, is
                    // near-good, or if it is a paragraph of the good neighbour's column (a sign-off, a last line)
                    Label badSide = prev == Label.BAD ? label(raw, prevAny[i]) : label(raw, nextAny[i]);
                    int goodAt = prev == Label.GOOD ? prevDecided[i] : nextDecided[i];
                    boolean sameColumn = goodAt >= 0 && blocks.get(i).kind() == TextBlock.Kind.PARAGRAPH
                            && sameParent(blocks.get(goodAt), blocks.get(i));
                    out[i] = badSide == Label.NEAR_GOOD || sameColumn ? Label.GOOD : Label.BAD;
                }
            }
        }
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == Label.NEAR_GOOD) {
                Label prev = label(raw, prevDecided[i]);
                Label next = label(raw, nextDecided[i]);
                out[i] = prev == Label.BAD && next == Label.BAD ? Label.BAD : Label.GOOD;
            }
        }
        for (int i = 0; i < raw.length; i++) {
            TextBlock b = blocks.get(i);
            if (b.kind() == TextBlock.Kind.HEADING && b.linkDensity() <= MAX_LINK_DENSITY && !notText(b)) {
                out[i] = goodFollows(blocks, out, i) ? Label.GOOD : Label.BAD;
            }
        }
        return out;
    }

    /**
     * The short items of one list or table that together make text (an ingredient list, a table of
     * figures: at least {@value #LONG_CHARS} characters, few links) read as near-good, so the list keeps
     * what the article around it is; a menu's items are links and stay bad.
     */
    private static void lists(List<TextBlock> blocks, Label[] raw) {
        int i = 0;
        while (i < blocks.size()) {
            Element group = group(blocks.get(i).container());
            int j = i + 1;
            while (group != null && j < blocks.size() && group(blocks.get(j).container()) == group) {
                j++;
            }
            if (group != null && j - i >= 2) {
                int weight = 0;
                int links = 0;
                int chars = 0;
                for (int k = i; k < j; k++) {
                    weight += blocks.get(k).weight();
                    links += blocks.get(k).linkChars();
                    chars += blocks.get(k).length();
                }
                if (weight >= LONG_CHARS && links <= MAX_SHORT_LINK_DENSITY * chars) {
                    for (int k = i; k < j; k++) {
                        if (raw[k] == Label.SHORT) {
                            raw[k] = Label.NEAR_GOOD;
                        }
                    }
                }
            }
            i = j;
        }
    }

    /** The nearest list or table around a block's container, or null. */
    private static Element group(Element container) {
        int depth = 0;
        for (Element e = container; e != null && depth < 4; e = e.parent(), depth++) {
            switch (e.normalName()) {
                case "ul", "ol", "dl", "table" -> {
                    return e;
                }
                default -> {
                }
            }
        }
        return null;
    }

    /** Whether a good block that is not a heading comes within 200 characters after block {@code i}. */
    private static boolean goodFollows(List<TextBlock> blocks, Label[] labels, int i) {
        int distance = 0;
        for (int j = i + 1; j < blocks.size() && distance <= 200; j++) {
            if (labels[j] == Label.GOOD && blocks.get(j).kind() != TextBlock.Kind.HEADING) {
                return true;
            }
            if (labels[j] == Label.BAD && blocks.get(j).kind() != TextBlock.Kind.HEADING) {
                return false;
            }
            distance += blocks.get(j).length();
        }
        return false;
    }

    private static boolean sameParent(TextBlock a, TextBlock b) {
        return a.container().parent() == b.container().parent();
    }

    /**
     * For each block, the index of the nearest block before it ({@code step} -1) or after it (+1) that is
     * good or bad, or near-good too if {@code nearGood}; -1 at the page's edge.
     */
    private static int[] nearest(Label[] raw, int step, boolean nearGood) {
        int[] at = new int[raw.length];
        int last = -1;
        for (int n = 0; n < raw.length; n++) {
            int i = step < 0 ? n : raw.length - 1 - n;
            at[i] = last;
            if (raw[i] == Label.GOOD || raw[i] == Label.BAD || (nearGood && raw[i] == Label.NEAR_GOOD)) {
                last = i;
            }
        }
        return at;
    }

    /** The label at {@code i}; the page's edge counts as bad. */
    private static Label label(Label[] raw, int i) {
        return i < 0 ? Label.BAD : raw[i];
    }

    static Label raw(TextBlock b) {
        String text = b.text();
        int weight = b.weight();
        double links = b.linkDensity();
        if (links > MAX_LINK_DENSITY || (weight < LONG_CHARS && links > MAX_SHORT_LINK_DENSITY)) {
            return Label.BAD;
        }
        if (notText(b)) {
            return Label.BAD;
        }
        if (weight >= LONG_CHARS) {
            return Label.GOOD;
        }
        if (weight >= MEDIUM_CHARS && text.split(" ").length >= 5 && SENTENCE_END.matcher(text).find()) {
            return Label.NEAR_GOOD;
        }
        return Label.SHORT;
    }

    /**
     * A copyright line, a date line, a byline, a picture credit or a reader appeal: never the article's text,
     * whatever is around it.
     */
    static boolean notText(TextBlock b) {
        String text = b.text();
        int weight = b.weight();
        return (weight < 300 && BOILERPLATE.matcher(text).find())
                || (weight < APPEAL_CHARS && ACTION.matcher(text).find() && OFFER.matcher(text).find())
                || (weight < DATE_LINE_CHARS && (DATE.matcher(text).find() || BYLINE.matcher(text).find()))
                || (weight < LONG_CHARS && CREDIT.matcher(text).find());
    }

    /** Length with CJK ideographs and kana counted {@value #CJK_WEIGHT} times: one of them carries a word. */
    static int weight(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            w += (c >= '\u3040' && c <= '\u30FF') || (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\uAC00' && c <= '\uD7AF')
                    ? CJK_WEIGHT : 1;
        }
        return w;
    }
}
