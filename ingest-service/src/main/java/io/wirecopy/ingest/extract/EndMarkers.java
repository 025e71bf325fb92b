package io.wirecopy.ingest.extract;

import java.util.Locale;
import java.util.Set;

/**
 * The labels sites put where their article ends and their chrome begins: "Related posts", "Mehr zum
 * Thema", "Teilen mit:", "Lire aussi", in the languages of the pages Wirecopy reads most. A block that
 * is one of them is bad; and when it comes after most of the article's text, what follows it is the
 * site's, not the article's (related teasers, sharing, tags, comments).
 */
final class EndMarkers {

    private static final Set<String> LABELS = Set.of(
            // English
            "related", "related posts", "related articles", "related stories", "related content", "related news",
            "related links", "related topics", "you may also like", "you might also like", "you may also be interested in",
            "more on this topic", "more on this story", "more stories", "recommended", "recommended for you",
            "recommended stories", "share", "share this", "share this article", "share this post", "share this story",
            "share on", "tags", "filed under", "about the author", "comments", "leave a comment", "leave a reply",
            "read more", "read next", "most popular", "most read", "trending", "don't miss", "sponsored",
            "more information", "further reading", "see also", "external links", "advertisement", "newsletter",
            // German
            "ähnliche beiträge", "ähnliche artikel", "ähnliche themen", "verwandte artikel", "verwandte beiträge",
            "das könnte sie auch interessieren", "das könnte dich auch interessieren", "das könnte ihnen auch gefallen",
            "mehr zum thema", "mehr zu diesem thema", "lesen sie auch", "lesen sie mehr", "auch interessant",
            "weitere artikel", "weitere beiträge", "weitere nachrichten", "zum weiterlesen", "weiterlesen",
            "teilen sie dies mit", "teilen mit", "teilen", "artikel teilen", "diesen artikel teilen", "beitrag teilen",
            "schlagworte", "schlagwörter", "stichworte", "themen", "kommentare", "kommentar schreiben",
            "über den autor", "über die autorin", "meistgelesen", "meistgelesene artikel", "empfehlungen",
            "weitere informationen", "zusatzinformationen", "siehe auch", "weblinks", "anzeige", "werbung",
            // French
            "articles similaires", "articles liés", "à lire aussi", "a lire aussi", "lire aussi", "à lire également",
            "sur le même sujet", "sur le meme sujet", "partager", "partager cet article", "commentaires", "mots-clés",
            "mots clés", "vous aimerez aussi", "les plus lus", "publicité", "voir aussi",
            // Spanish
            "artículos relacionados", "noticias relacionadas", "notas relacionadas", "más noticias", "temas relacionados", "te puede interesar",
            "también te puede interesar", "lee también", "lea también", "compartir", "comentarios", "etiquetas",
            "más leídas", "lo más leído", "publicidad", "ver también",
            // Italian
            "articoli correlati", "leggi anche", "potrebbe interessarti", "condividi", "commenti", "i più letti",
            // Portuguese
            "artigos relacionados", "leia também", "veja também", "compartilhe", "comentários", "mais lidas",
            // Polish
            "podobne artykuły", "zobacz też", "zobacz także", "czytaj też", "czytaj także", "udostępnij", "komentarze");

    private EndMarkers() {
    }

    /** Whether the block is one of those labels (case, trailing colon and ellipsis aside). */
    static boolean isMarker(TextBlock b) {
        if (b.length() > 50) {
            return false;
        }
        String t = b.text().toLowerCase(Locale.ROOT).replaceAll("[\\s:.…!»>›|\\-]+$", "").replaceAll("\\s*\\(\\d+\\)$", "")
                .strip();
        return LABELS.contains(t);
    }
}
