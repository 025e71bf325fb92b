package io.wirecopy.store.rest;

import io.wirecopy.shared.Problem;
import io.wirecopy.store.service.BadQueryException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error as {@code application/problem+json} (RFC 9457). */
public class ProblemMapper {

    @ServerExceptionMapper
    public Response badQuery(BadQueryException e) {
        return problem(Problem.of(400, "Bad request", e.getMessage()));
    }

    /** The database away (restarting, overloaded): 503 with Retry-After, never an unexplained 500. */
    @ServerExceptionMapper
    public Response database(java.sql.SQLException e) {
        return Response.fromResponse(problem(Problem.of(503, "Service unavailable",
                "the database did not answer; try again: " + e.getMessage()))).header("Retry-After", "5").build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return problem(Problem.of(status, e.getResponse().getStatusInfo().getReasonPhrase(), e.getMessage()));
    }

    static Response problem(Problem p) {
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    static Response notFound(String what) {
        return problem(Problem.of(404, "Not found", what));
    }
}
