package io.peerplan.app.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.peerplan.model.io.IdLocations;
import io.peerplan.model.validate.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each element is written in a project file: the line and column of its {@code id: ...}. One
 * pass of the file: {@link IdLocations} for the YAML Peerplan writes, else Jackson's YAML token
 * stream; a file that cannot be read gives no locations (the findings
 * still name the elements). For a design {@code peerplan import} wrote, also where each finding's
 * subject came from in the user's own files ({@link ImportOrigins}).
 */
final class ElementLocator {
    /** A line and column, 1-based. */
    record Position(int line, int column) {
    }

    static final ElementLocator NONE = new ElementLocator(Map.of(), ImportOrigins.NONE);

    private final Map<String, Position> positions;
    private final ImportOrigins origins;

    private ElementLocator(Map<String, Position> positions, ImportOrigins origins) {
        this.positions = positions;
        this.origins = origins;
    }

    static ElementLocator of(Path file) {
        Map<String, Position> found = new HashMap<>();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return NONE;
        }
        var fast = IdLocations.of(bytes);
        if (fast.isPresent()) {
            fast.get().forEach((id, at) -> found.put(id, new Position(at.getLineNr(), at.getColumnNr())));
            return new ElementLocator(Map.copyOf(found), ImportOrigins.of(file));
        }
        try (JsonParser p = new YAMLFactory().createParser(bytes)) {
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
        return new ElementLocator(Map.copyOf(found), ImportOrigins.of(file));
    }

    /** Where the finding's subject was written in the files a design was imported from, or null. */
    ImportOrigins.Origin origin(Finding f) {
        return origins.of(f);
    }

    /** Where the element is defined, or null. */
    Position of(String elementId) {
        return positions.get(elementId);
    }
}
