package io.wirecopy.store.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.wirecopy.store.service.BadQueryException;
import io.wirecopy.store.service.Highlighter;
import io.wirecopy.store.service.StoryQueries;
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
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The web page: newest stories with a search box at {@code /}, one story with its copies and shared passages at {@code /story/{id}}. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class WebPage {

    /** A story that shares passages with the one shown. */
    public record Related(String id, String title) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(String q, List<Views.StorySummary> stories, String nextCursor, String error);

        static native TemplateInstance story(Views.StoryDetail story, String textHtml, List<Related> related);
    }

    private final StoryQueries queries;

    public WebPage(StoryQueries queries) {
        this.queries = queries;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance index(@QueryParam("q") String q, @QueryParam("cursor") String cursor) throws SQLException {
        try {
            Views.Page<Views.StorySummary> page = queries.list(q, null, null, null, 20, cursor,
                    q == null || q.isBlank() ? StoryQueries.Sort.NEWEST : StoryQueries.Sort.RELEVANCE);
            return Templates.index(q == null ? "" : q, page.items(), page.nextCursor(), null);
        } catch (BadQueryException e) {
            return Templates.index(q == null ? "" : q, List.of(), null, e.getMessage());
        }
    }

    @GET
    @Path("story/{id}")
    @Operation(hidden = true)
    public Object story(@PathParam("id") String id) throws SQLException {
        StoryQueries.StoryLookup lookup = queries.story(id).orElseThrow(() -> new NotFoundException("no story " + id));
        if (lookup instanceof StoryQueries.Moved moved) {
            return Response.status(301).location(URI.create("/story/" + moved.survivorId())).build();
        }
        Views.StoryDetail story = ((StoryQueries.Found) lookup).story();
        List<Highlighter.Range> ranges = new ArrayList<>();
        for (StoryQueries.Highlight h : queries.highlights(story.canonicalArticleId(), story.id())) {
            ranges.add(new Highlighter.Range(h.fromChar(), h.toChar(), "also in: " + String.join("; ", h.storyTitles())));
        }
        Set<String> others = new LinkedHashSet<>();
        story.sharedPassages().forEach(p -> others.addAll(p.storyIds()));
        others.remove(story.id());
        List<Related> related = new ArrayList<>();
        queries.titles(others).forEach((otherId, title) -> related.add(new Related(otherId, title)));
        return Templates.story(story, Highlighter.html(story.text() == null ? "" : story.text(), ranges), related);
    }
}
