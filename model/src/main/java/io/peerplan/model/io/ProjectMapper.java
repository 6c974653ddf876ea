package io.peerplan.model.io;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The one Jackson configuration for project files: strict on read (unknown keys, duplicate keys,
 * floats where integers belong are errors), stable on write (record component order, sorted maps,
 * empty values and {@code false} flags left out).
 */
final class ProjectMapper {
    /** Deepest nesting a valid project has is about 10; anything far deeper is garbage or an attack. */
    static final int MAX_NESTING = 64;
    /**
     * The largest project file read: generated scale topologies (2,000 speakers) are a few MB, far
     * below; SnakeYAML's default (3 MB) is too small for them. Checked on the file size first, so a
     * 3 GiB file is refused before it is read.
     */
    static final int MAX_BYTES = 64 * 1024 * 1024;
    static final int MAX_CODE_POINTS = MAX_BYTES;
    /**
     * The longest line and the longest text value. SnakeYAML's scanner slows down superlinearly on one
     * very long line (a 4 MiB value took 56 s); no field of a real design comes near 64 Ki.
     */
    static final int MAX_TEXT = 64 * 1024;

    private ProjectMapper() {
    }

    /**
     * Quotes text holding NEL, LS or PS. SnakeYAML reads YAML 1.1, where U+0085, U+2028 and U+2029
     * are line breaks (YAML 1.1 spec, 5.4 "Line Break Characters"), so a plain scalar holding one is
     * folded into a space on the next load; in a double-quoted scalar the emitter escapes them as
     * {@code \N}, {@code \L} and {@code \P} (SnakeYAML {@code Emitter.ESCAPE_REPLACEMENTS}).
     */
    static final StringQuotingChecker QUOTING = new BreaksQuoted();

    private static final class BreaksQuoted extends StringQuotingChecker.Default {
        @Override
        public boolean needToQuoteValue(String value) {
            return super.needToQuoteValue(value) || value.chars().anyMatch(c -> c == 0x85 || c == 0x2028 || c == 0x2029);
        }
    }

    /** SnakeYAML's limits for project text, also for the node and event views of a save and fmt. */
    static LoaderOptions loaderOptions() {
        LoaderOptions loader = new LoaderOptions();
        loader.setCodePointLimit(MAX_CODE_POINTS);
        loader.setNestingDepthLimit(MAX_NESTING);
        loader.setAllowDuplicateKeys(false);
        return loader;
    }

    static ObjectMapper create() {
        LoaderOptions loader = loaderOptions();
        YAMLFactory factory = YAMLFactory.builder()
                .loaderOptions(loader)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .stringQuotingChecker(QUOTING)
                .build();
        YAMLMapper mapper = YAMLMapper.builder(factory)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                // Records serialise their components (fields) only; helpers such as isSpeaker() are not data.
                .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .visibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                // Empty values are left out, but map entries are kept whatever their value: a label "" matters.
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS))
                .build();
        // A missing flag reads as false, so writing "false" would only add noise to diffs.
        mapper.configOverride(boolean.class)
                .setIncludeAsProperty(JsonInclude.Value.construct(JsonInclude.Include.NON_DEFAULT, JsonInclude.Include.NON_DEFAULT));
        // An empty text is a value the user typed ("" label values, empty descriptions): keep it.
        mapper.configOverride(String.class)
                .setIncludeAsProperty(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.ALWAYS));
        // Sub-records whose every field is unset are left out rather than written as {}.
        for (Class<?> type : NoneValues.TYPES) {
            mapper.configOverride(type).setIncludeAsProperty(
                    JsonInclude.Value.construct(JsonInclude.Include.CUSTOM, null, NoneValues.class, null));
        }
        // Numbers are fine where text is expected (remoteAs: 65101 reads as "65101"), but not the reverse.
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
        return mapper;
    }
}
