package io.peerplan.model.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;

/**
 * The parser Jackson binds a project from, noting on the way what {@link LocationIndex} checks
 * before binding: the root token, a text value longer than {@link ProjectMapper#MAX_TEXT}, the
 * top-level {@code schemaVersion}. So a sound file is parsed once instead of twice (the YAML scanner
 * is most of a load); only a file that fails a check pays for the full index.
 *
 * <p>Every token passes through {@link #nextToken}: {@code nextValue} and {@code skipChildren},
 * which {@link JsonParserDelegate} hands straight to the YAML parser, are rebuilt on it, and
 * {@link JsonParser}'s own {@code nextFieldName} and {@code next*Value} already call it.
 */
final class ObservingParser extends JsonParserDelegate {
    private JsonToken rootToken;
    private boolean tooLong;
    private String schemaVersionText;

    ObservingParser(JsonParser yaml) {
        super(yaml);
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken t = delegate.nextToken();
        if (t == null) {
            return null;
        }
        if (rootToken == null) {
            rootToken = t;
        }
        if (t == JsonToken.VALUE_STRING && !tooLong && delegate.getTextLength() > ProjectMapper.MAX_TEXT) {
            tooLong = true;
        }
        if (t.isScalarValue()) {
            JsonStreamContext ctx = delegate.getParsingContext();
            if (ctx.inObject() && ctx.getParent() != null && ctx.getParent().inRoot() && "schemaVersion".equals(ctx.getCurrentName())) {
                schemaVersionText = delegate.getText();
            }
        }
        return t;
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken t = nextToken();
        return t == JsonToken.FIELD_NAME ? nextToken() : t;
    }

    @Override
    public JsonParser skipChildren() throws IOException {
        JsonToken t = currentToken();
        if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
            return this;
        }
        int open = 1;
        while (open > 0) {
            JsonToken n = nextToken();
            if (n == null) {
                return this;
            }
            if (n.isStructStart()) {
                open++;
            } else if (n.isStructEnd()) {
                open--;
            }
        }
        return this;
    }

    /** Reads what is left of the text, so the checks cover all of it as the index's scan does. */
    void drain() throws IOException {
        while (nextToken() != null) {
            // observed in nextToken
        }
    }

    /** Whether the index's checks would all pass: a mapping, no over-long text, schemaVersion 1. */
    boolean passesIndexChecks(String expectedSchemaVersion) {
        return rootToken == JsonToken.START_OBJECT && !tooLong && expectedSchemaVersion.equals(schemaVersionText);
    }
}
