package io.wirecopy.store.entity;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.wirecopy.shared.event.EventJson;
import io.wirecopy.shared.event.Reuse;

/** The {@code articles.reuse} jsonb column: an article's {@link Reuse} in the events' JSON shape. */
public final class ReuseColumn {

    private ReuseColumn() {
    }

    public static String write(Reuse reuse) {
        try {
            return EventJson.mapper().writeValueAsString(reuse);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a Reuse always serialises", e);
        }
    }

    public static Reuse read(String json) {
        try {
            return json == null ? Reuse.NONE : EventJson.mapper().readValue(json, Reuse.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("articles.reuse holds what ReuseColumn.write wrote: " + e.getMessage(), e);
        }
    }
}
