package io.peerplan.model.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a YAML document starts, by JSON pointer ({@code /routers/1/asn}), so that
 * errors found after binding (duplicate ids, dangling references) can still name a line and column.
 * One streaming pass, O(tokens). Also reports the top-level {@code schemaVersion}.
 */
final class LocationIndex {
    private final Map<String, JsonLocation> locations = new HashMap<>();
    private JsonToken rootToken;
    private String schemaVersionText;
    private JsonLocation tooLong;

    static LocationIndex scan(ObjectMapper mapper, String text) throws IOException {
        LocationIndex index = new LocationIndex();
        try (JsonParser p = mapper.createParser(text)) {
            JsonToken t;
            while ((t = next(p)) != null) {
                if (index.rootToken == null) {
                    index.rootToken = t;
                }
                if (t == JsonToken.FIELD_NAME) {
                    continue;
                }
                JsonStreamContext ctx = p.getParsingContext();
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    ctx = ctx.getParent();
                }
                if (ctx == null) {
                    continue;
                }
                String pointer = ctx.pathAsPointer().toString();
                index.locations.putIfAbsent(pointer, p.currentTokenLocation());
                if (t == JsonToken.VALUE_STRING && index.tooLong == null && p.getTextLength() > ProjectMapper.MAX_TEXT) {
                    index.tooLong = p.currentTokenLocation();
                }
                if (t.isScalarValue() && pointer.equals("/schemaVersion")) {
                    // `schemaVersion: ~` is YAML's null: keep it apart from the text "null"
                    index.schemaVersionText = t == JsonToken.VALUE_NULL ? "" : p.getText();
                }
            }
        }
        return index;
    }

    /** The next token; a nesting-limit failure gets the location where it happened. */
    private static JsonToken next(JsonParser p) throws IOException {
        try {
            return p.nextToken();
        } catch (StreamConstraintsException e) {
            throw new StreamConstraintsException(e.getOriginalMessage(), p.currentLocation());
        }
    }

    /** The location of the value at this pointer, or of its nearest ancestor that has one. */
    JsonLocation locate(String pointer) {
        String p = pointer;
        while (true) {
            JsonLocation loc = locations.get(p);
            if (loc != null || p.isEmpty()) {
                return loc;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    boolean rootIsMapping() {
        return rootToken == JsonToken.START_OBJECT;
    }

    boolean isEmpty() {
        return rootToken == null;
    }

    /** Where the first text value longer than {@link ProjectMapper#MAX_TEXT} starts, or null. */
    JsonLocation tooLong() {
        return tooLong;
    }

    String schemaVersionText() {
        return schemaVersionText;
    }
}
