package io.wirecopy.ingest.parse;

import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.Namespace;
import org.jdom2.filter.Filters;
import org.jdom2.input.JDOMParseException;

/**
 * A feed's XML read into a tree and put in the shape ROME's parsers recognise, as feedparser reads what
 * real feeds are: an Atom {@code <feed>} in no namespace or a foreign one is Atom (0.3 when it says
 * {@code version="0.3"}, else 1.0); an {@code <rss>} in a namespace (Userland's, Harvard's) is plain RSS,
 * and a version ROME does not know (2.1) is 2.0; an RDF feed without a channel has an empty one; Atom
 * 0.3's {@code mode="base64"} text is decoded (whitespace and line breaks in it allowed) and kept as
 * escaped text. Each rule is a change of the tree, not of the text.
 */
final class FeedDocuments {

    private static final Namespace ATOM_10 = Namespace.getNamespace("http://www.w3.org/2005/Atom");
    private static final Namespace ATOM_03 = Namespace.getNamespace("http://purl.org/atom/ns#");
    private static final Namespace RSS_10 = Namespace.getNamespace("http://purl.org/rss/1.0/");

    private FeedDocuments() {
    }

    /**
     * ROME's own secure parser, with its XML healer, over the text: a DOCTYPE is refused (ROME's default;
     * {@link FeedXml} has taken any out already), so no external entity is ever fetched.
     */
    private static final class Reader extends WireFeedInput {
        Document read(String xml) throws JDOMException, IOException {
            return createSAXBuilder().build(new XmlFixerReader(new StringReader(xml)));
        }
    }

    /** The document, normalised; an {@link IllegalArgumentException} saying where when it is not XML. */
    static Document read(String xml) {
        Document doc;
        try {
            doc = new Reader().read(xml);
        } catch (JDOMParseException e) {
            throw new IllegalArgumentException("invalid feed XML at line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ": " + firstLine(e.getMessage()).replaceFirst("^Error on line \\d+: ", ""));
        } catch (JDOMException | IOException e) {
            throw new IllegalArgumentException("invalid feed XML: " + firstLine(e.getMessage()));
        }
        normalise(doc.getRootElement());
        return doc;
    }

    static void normalise(Element root) {
        switch (root.getName()) {
            case "feed" -> {
                Namespace ns = root.getNamespace();
                if (!ns.equals(ATOM_10) && !ns.equals(ATOM_03)) {
                    move(root, ns, "0.3".equals(root.getAttributeValue("version")) ? ATOM_03 : ATOM_10);
                }
                decodeBase64(root);
            }
            case "rss" -> {
                if (!root.getNamespace().equals(Namespace.NO_NAMESPACE)) {
                    move(root, root.getNamespace(), Namespace.NO_NAMESPACE);
                }
                String version = root.getAttributeValue("version");
                if (version != null && isLaterThan2(version.strip())) {
                    root.setAttribute("version", "2.0");
                }
            }
            case "RDF" -> {
                boolean hasChannel = root.getChildren().stream().anyMatch(c -> c.getName().equals("channel"));
                if (!hasChannel) {
                    Namespace ns = root.getNamespace("") != null && !root.getNamespace("").getURI().isEmpty()
                            ? root.getNamespace("") : RSS_10;
                    root.addContent(0, new Element("channel", ns));
                }
            }
            default -> {
                // not a root this class knows: left to ROME, which says what it is not
            }
        }
    }

    private static boolean isLaterThan2(String version) {
        try {
            return Double.parseDouble(version) > 2.0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The element and every descendant in namespace {@code from} moved to {@code to}. */
    private static void move(Element root, Namespace from, Namespace to) {
        for (Element e : elements(root)) {
            if (e.getNamespace().equals(from)) {
                e.setNamespace(to);
            }
        }
    }

    private static void decodeBase64(Element root) {
        for (Element e : elements(root)) {
            if ("base64".equalsIgnoreCase(e.getAttributeValue("mode"))) {
                try {
                    e.setText(new String(Base64.getMimeDecoder().decode(e.getTextTrim()), StandardCharsets.UTF_8));
                    e.setAttribute("mode", "escaped");
                } catch (IllegalArgumentException notBase64) {
                    // left as it came: ROME reads it, or says why not
                }
            }
        }
    }

    /** The element and its descendants, collected first (the caller may change them), without recursion. */
    private static List<Element> elements(Element root) {
        List<Element> all = new ArrayList<>();
        all.add(root);
        for (Element e : root.getDescendants(Filters.element())) {
            all.add(e);
        }
        return all;
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
    }
}
