package org.studysite.parse;

import org.studysite.markdown.SourceLines;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.studysite.diagnostics.Diagnostic;
import org.studysite.model.Tag;

/**
 * Reads {@code title:} and {@code tags:} from YAML front matter with a real YAML parser. Flexmark
 * finds the block; snakeyaml reads it. Bad YAML is a warning at its line, and the note is built
 * as if it had no front matter.
 */
final class FrontMatterReader {

    FrontMatter read(Document document, String file, List<Diagnostic> diagnostics) {
        if (!(document.getFirstChild() instanceof YamlFrontMatterBlock block)) return FrontMatter.NONE;
        String text = block.getChars().toString();
        int firstLine = SourceLines.start(block);
        int endLine = SourceLines.end(block);
        String yaml = text.substring(text.indexOf('\n') + 1, Math.max(text.indexOf('\n') + 1, text.lastIndexOf("---")));
        Object loaded;
        try {
            loaded = new Load(LoadSettings.builder().setMaxAliasesForCollections(10).build()).loadFromString(yaml);
        } catch (MarkedYamlEngineException e) {
            int line = firstLine + 1 + e.getProblemMark().map(m -> m.getLine()).orElse(0);
            diagnostics.add(Diagnostic.warning(file, line, "invalid front matter, ignored: " + firstLineOf(e.getProblem())));
            return new FrontMatter(Optional.empty(), List.of(), endLine);
        } catch (YamlEngineException e) {
            diagnostics.add(Diagnostic.warning(file, firstLine, "invalid front matter, ignored: " + firstLineOf(e.getMessage())));
            return new FrontMatter(Optional.empty(), List.of(), endLine);
        }
        if (loaded == null) return new FrontMatter(Optional.empty(), List.of(), endLine);
        if (!(loaded instanceof Map<?, ?> map)) {
            diagnostics.add(Diagnostic.warning(file, firstLine, "front matter is not a set of 'key: value' lines, ignored"));
            return new FrontMatter(Optional.empty(), List.of(), endLine);
        }
        Optional<String> title = Optional.ofNullable(map.get("title")).map(Object::toString)
                .map(String::strip).filter(t -> !t.isEmpty());
        return new FrontMatter(title, tags(map.get("tags"), file, firstLine, diagnostics), endLine);
    }

    /** {@code tags: [a, b]}, a YAML list, or {@code tags: a, #b}; '#' prefixes are optional. */
    private static List<Tag> tags(Object value, String file, int line, List<Diagnostic> diagnostics) {
        if (value == null) return List.of();
        List<String> raw = new ArrayList<>();
        if (value instanceof Collection<?> list) {
            list.forEach(v -> raw.add(String.valueOf(v)));
        } else {
            for (String part : value.toString().split("[,\\s]+")) raw.add(part);
        }
        List<Tag> tags = new ArrayList<>();
        for (String name : raw) {
            String clean = name.strip().replaceFirst("^#", "");
            if (clean.isEmpty()) continue;
            if (Tag.isName(clean)) {
                if (!tags.contains(new Tag(clean))) tags.add(new Tag(clean));
            } else {
                diagnostics.add(Diagnostic.warning(file, line, "front matter tag '" + name + "' is not a tag name, ignored"));
            }
        }
        return tags;
    }

    private static String firstLineOf(String message) {
        return message == null ? "unreadable YAML" : message.strip().lines().findFirst().orElse("unreadable YAML");
    }
}
