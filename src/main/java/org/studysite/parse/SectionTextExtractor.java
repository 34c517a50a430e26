package org.studysite.parse;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import org.studysite.markdown.PlainText;
import org.studysite.markdown.SourceLines;
import org.studysite.model.Section;
import org.studysite.model.SectionText;

/** Splits a note's top-level blocks into per-section prose and code, for the search index. */
final class SectionTextExtractor {

    List<SectionText> extract(Document document, List<Section> sections, String title) {
        List<StringBuilder> texts = new ArrayList<>();
        List<StringBuilder> codes = new ArrayList<>();
        for (int i = 0; i <= sections.size(); i++) {
            texts.add(new StringBuilder());
            codes.add(new StringBuilder());
        }
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof com.vladsch.flexmark.ast.Heading || block instanceof YamlFrontMatterBlock) continue;
            int slot = slotOf(sections, SourceLines.start(block));
            texts.get(slot).append(PlainText.of(block)).append(' ');
            appendCode(block, codes.get(slot));
        }
        List<SectionText> result = new ArrayList<>();
        if (!texts.get(0).toString().isBlank() || !codes.get(0).toString().isBlank()) {
            result.add(new SectionText("", title, List.of(), 1, texts.get(0).toString().strip(), codes.get(0).toString().strip()));
        }
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            result.add(new SectionText(s.heading().id(), s.heading().text(), s.path(), s.startLine(),
                    texts.get(i + 1).toString().strip(), codes.get(i + 1).toString().strip()));
        }
        return result;
    }

    /** 0 before the first heading, else 1 + the index of the last section starting at or before the line. */
    private static int slotOf(List<Section> sections, int line) {
        int slot = 0;
        for (int i = 0; i < sections.size() && sections.get(i).startLine() <= line; i++) slot = i + 1;
        return slot;
    }

    private static void appendCode(Node node, StringBuilder code) {
        if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
            code.append(node.getChildChars()).append('\n');
            return;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) appendCode(child, code);
    }
}
