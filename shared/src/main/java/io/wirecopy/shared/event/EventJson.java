package io.wirecopy.shared.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON form of the events: camelCase fields, ISO-8601 times with their offset kept, nulls left
 * out, unknown fields ignored on read (newer producers may add fields). A record that breaks an
 * event's rules fails to read with an {@link EventFormatException} that says which field.
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private EventJson() {
    }

    /** A mapper configured as above, for reading payloads that are not events (shared, do not reconfigure). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(Event event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + event.getClass().getSimpleName(), e);
        }
    }

    public static <T extends Event> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new EventFormatException("not a valid " + type.getSimpleName() + ": " + rootMessage(e), e);
        }
    }

    /** The rule an event's constructor broke, else Jackson's message with its line and column. */
    private static String rootMessage(JsonProcessingException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException) {
                return t.getMessage();
            }
        }
        return e.getMessage().lines().findFirst().orElse("") + (e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
    }

    /** A payload that is not a valid event. */
    public static final class EventFormatException extends RuntimeException {
        public EventFormatException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
