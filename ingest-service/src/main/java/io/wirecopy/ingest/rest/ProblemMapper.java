package io.wirecopy.ingest.rest;

import io.wirecopy.ingest.service.ArticlePublisher.PublishFailedException;
import io.wirecopy.ingest.service.IngestException;
import io.wirecopy.shared.Problem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error as {@code application/problem+json} (RFC 9457). */
public class ProblemMapper {

    @ServerExceptionMapper
    public Response ingest(IngestException e) {
        return problem(Problem.of(e.kind().status, e.kind().title, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response unavailable(PublishFailedException e) {
        return problem(Problem.of(503, "Service unavailable", "Kafka did not take the articles; try again: " + e.getMessage()));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return problem(Problem.of(status, e.getResponse().getStatusInfo().getReasonPhrase(), e.getMessage()));
    }

    static Response problem(Problem p) {
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p).build();
    }
}
