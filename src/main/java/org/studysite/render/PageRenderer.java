package org.studysite.render;

import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.studysite.diagnostics.Diagnostic;
import org.studysite.diagnostics.Result;
import org.studysite.output.PackedScript;
import org.studysite.render.view.PackedPart;
import org.studysite.render.view.PackedView;
import org.studysite.render.view.SiteView;
import org.studysite.model.OutputFile;

/**
 * Fills a page's template with exactly two roots, {@code site} and {@code page}. A broken template
 * is the user's error (they can edit templates): reported, not thrown.
 */
public final class PageRenderer {
    private final Templates templates;

    public PageRenderer(Templates templates) {
        this.templates = templates;
    }

    public Result<OutputFile> render(PlannedPage page, SiteView site) {
        return render(page, page.view(), site);
    }

    /** Renders {@code page} from a view already made (a live preview compares views before rendering). */
    public Result<OutputFile> render(PlannedPage page, Object view, SiteView site) {
        try {
            StringWriter out = new StringWriter();
            Object model = view instanceof PackedPart part ? part.page() : view;
            templates.get(page.template()).process(Map.of("site", site, "page", model), out);
            byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
            return Result.of(new OutputFile(page.path(), view instanceof PackedView packed ? PackedScript.of(packed.callback(), bytes) : bytes));
        } catch (IOException | TemplateException | RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            return new Result<>(null, java.util.List.of(Diagnostic.error("", 0,
                    "template " + page.template() + " cannot render " + page.path() + ": " + message)));
        }
    }
}
