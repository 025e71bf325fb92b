package io.wirecopy.store.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.wirecopy.shared.text.TextSanitizer;
import io.wirecopy.store.service.Params;
import io.wirecopy.store.service.BadQueryException;
import io.wirecopy.store.service.Highlighter;
import io.wirecopy.store.repository.QuoteListing;
import io.wirecopy.store.repository.StoryDetails;
import io.wirecopy.store.repository.StoryListing;
import io.wirecopy.store.repository.VersionListing;
import io.wirecopy.store.service.Views;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The web page: newest stories with a search box at {@code /}, one story with its copies, shared passages and
 * quotes (who said them, where else they were said, in what other words) at {@code /story/{id}}, and what changed
 * between the versions of an article at {@code /article/{id}/versions}.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class WebPage {

    /** A story that shares passages with the one shown. */
    public record Related(String id, String title) {
    }

    /** A quote of the story shown: who said it, the other stories that carry it, the same remark in other words. */
    public record QuoteLine(String speaker, String speakerDescription, String text, List<Related> elsewhere,
            List<RenderingLine> renderings) {
    }

    /** Another wording of a quote, and the story it was first carried in. */
    public record RenderingLine(String text, Related story, double similarity) {
    }

    /** One version of an article on its page: when, what kind of change, its paragraphs marked against the older one. */
    public record VersionLine(Views.ArticleVersion version, List<VersionChanges.Paragraph> paragraphs) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance versions(String articleId, String storyId, List<VersionLine> versions,
                String nextCursor);

        static native TemplateInstance index(String q, List<Views.StorySummary> stories, String nextCursor, String error);

        static native TemplateInstance story(Views.StoryDetail story, String textHtml, List<Related> related,
                List<QuoteLine> quotes);
    }

    private final StoryListing listing;
    private final StoryDetails details;
    private final QuoteListing quotes;
    private final VersionListing versions;

    public WebPage(StoryListing listing, StoryDetails details, QuoteListing quotes, VersionListing versions) {
        this.listing = listing;
        this.details = details;
        this.quotes = quotes;
        this.versions = versions;
    }

    @GET
    @Path("article/{id}/versions")
    @Operation(hidden = true)
    public TemplateInstance versions(@PathParam("id") String id, @QueryParam("cursor") String cursor) {
        if (!Params.isArticleId("id", id)) {
            throw new NotFoundException("no article " + id);
        }
        Views.Page<Views.ArticleVersion> page = versions.versions(id, 10, Params.text("cursor", cursor, Params.MAX_VALUE_CHARS))
                .orElseThrow(() -> new NotFoundException("no article " + id));
        List<Views.ArticleVersion> items = new ArrayList<>(page.items());
        if (page.nextCursor() != null) { // the oldest shown is compared with the version before it, on the next page
            items.addAll(versions.versions(id, 1, page.nextCursor()).map(Views.Page::items).orElse(List.of()));
        }
        List<VersionLine> lines = new ArrayList<>();
        for (int i = 0; i < page.items().size(); i++) {
            String older = i + 1 < items.size() ? items.get(i + 1).text() : null;
            lines.add(new VersionLine(items.get(i), VersionChanges.between(items.get(i).text(), older)));
        }
        String storyId = details.article(id).map(Views.ArticleView::storyId).orElse(null);
        return Templates.versions(id, storyId, lines, page.nextCursor());
    }

    @GET
    @Operation(hidden = true)
    public Response index(@QueryParam("q") String q, @QueryParam("cursor") String cursor) {
        String shown = q == null || q.length() > Params.MAX_QUERY_CHARS ? "" : TextSanitizer.clean(q);
        try {
            String query = Params.text("q", q, Params.MAX_QUERY_CHARS);
            Views.Page<Views.StorySummary> page = listing.list(new StoryListing.Filter(query, null, null, null, null), 20,
                    Params.text("cursor", cursor, Params.MAX_VALUE_CHARS),
                    query == null ? StoryListing.Sort.NEWEST : StoryListing.Sort.RELEVANCE);
            return Response.ok(Templates.index(shown, page.items(), page.nextCursor(), null)).build();
        } catch (BadQueryException e) {
            return Response.status(400).entity(Templates.index(shown, List.of(), null, e.getMessage())).build();
        }
    }

    @GET
    @Path("story/{id}")
    @Operation(hidden = true)
    public Object story(@PathParam("id") String id) {
        if (!Params.isStoryId("id", id)) {
            throw new NotFoundException("no story " + id);
        }
        StoryDetails.StoryLookup lookup = details.story(id).orElseThrow(() -> new NotFoundException("no story " + id));
        if (lookup instanceof StoryDetails.Moved moved) {
            return Response.status(301).location(URI.create("/story/" + moved.survivorId())).build();
        }
        Views.StoryDetail story = ((StoryDetails.Found) lookup).story();
        List<Highlighter.Range> ranges = new ArrayList<>();
        for (StoryDetails.Highlight h : details.highlights(story.canonicalArticleId(), story.id())) {
            ranges.add(new Highlighter.Range(h.fromChar(), h.toChar(), "also in: " + String.join("; ", h.storyTitles())));
        }
        Set<String> others = new LinkedHashSet<>();
        story.sharedPassages().forEach(p -> others.addAll(p.storyIds()));
        others.remove(story.id());
        List<Related> related = new ArrayList<>();
        details.titles(others).forEach((otherId, title) -> related.add(new Related(otherId, title)));
        return Templates.story(story, Highlighter.html(story.text() == null ? "" : story.text(), ranges), related,
                quotes(story.id()));
    }

    private List<QuoteLine> quotes(String storyId) {
        List<Views.QuoteItem> items = quotes.ofStory(storyId);
        Set<String> storyIds = new LinkedHashSet<>();
        for (Views.QuoteItem q : items) {
            storyIds.addAll(q.storyIds());
            q.renderings().forEach(r -> storyIds.add(r.storyId()));
        }
        java.util.Map<String, String> titles = details.titles(storyIds);
        List<QuoteLine> out = new ArrayList<>();
        for (Views.QuoteItem q : items) {
            List<Related> elsewhere = q.storyIds().stream().filter(id -> !id.equals(storyId))
                    .map(id -> new Related(id, titles.get(id))).toList();
            List<RenderingLine> renderings = q.renderings().stream()
                    .map(r -> new RenderingLine(r.text(), new Related(r.storyId(), titles.get(r.storyId())), r.similarity()))
                    .toList();
            out.add(new QuoteLine(q.speaker(), q.speakerDescription(), q.text(), elsewhere, renderings));
        }
        return out;
    }
}
