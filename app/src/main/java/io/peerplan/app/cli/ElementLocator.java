package io.peerplan.app.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each element is written in a project file: the line and column of its {@code id: ...}. One
 * pass of Jackson's YAML token stream; a file that cannot be read gives no locations (the findings
 * still name the elements).
 */
final class ElementLocator {
    /** A line and column, 1-based. */
    record Position(int line, int column) {
    }

    static final ElementLocator NONE = new ElementLocator(Map.of());

    private final Map<String, Position> positions;

    private ElementLocator(Map<String, Position> positions) {
        this.positions = positions;
    }

    static ElementLocator of(Path file) {
        Map<String, Position> found = new HashMap<>();
        try (JsonParser p = new YAMLFactory().createParser(Files.readAllBytes(file))) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME && "id".equals(p.currentName())) {
                    JsonLocation at = p.currentTokenLocation();
                    if (p.nextToken() == JsonToken.VALUE_STRING) {
                        found.putIfAbsent(p.getText(), new Position(at.getLineNr(), at.getColumnNr()));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return NONE;
        }
        return new ElementLocator(Map.copyOf(found));
    }

    /** Where the element is defined, or null. */
    Position of(String elementId) {
        return positions.get(elementId);
    }
}
