package org.studysite.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.studysite.diagnostics.TerminalText;
import org.studysite.diagnostics.UserFacingException;
import org.studysite.search.DamagedIndexException;
import org.studysite.search.LuceneSearcher;
import org.studysite.search.SearchHit;
import org.studysite.search.SearchQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code studysite search}: ranked sections of a built site, from its Lucene index. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the sections of a built site (run 'studysite build' first).",
                "Words match their English stems; \"quoted phrases\" must occur; #tag filters by tag;",
                "an unknown word of 5+ letters also matches words one edit away."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:results printed", "1:nothing matches, the site has no search index, or a failure (one line; --debug adds the trace)",
                "2:bad usage"})
final class SearchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "QUERY", description = "What to look for, e.g. \"serverless payload limit\".")
    String query;

    @Option(names = "--tag", paramLabel = "TAG", description = "Only sections with this tag (e.g. exam-tip).")
    String tag;

    int limit;

    @Option(names = "--site", paramLabel = "DIR", defaultValue = "site-output", description = "The built site (default: ${DEFAULT-VALUE}).")
    Path site;

    @Spec
    CommandSpec spec;

    /** Bad usage (exit 2) caught as it is parsed, like any other malformed option. */
    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "At most N results, at least 1 (default: ${DEFAULT-VALUE}).")
    void limit(int n) {
        if (n < 1) throw new ParameterException(spec.commandLine(), "--limit must be at least 1, not " + n);
        limit = n;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (LuceneSearcher s = open()) {
            if (s == null) {
                err.println(TerminalText.visible("studysite: no search index in " + site.resolve("search/lucene")
                        + "; build the site first: " + rebuild()));
                return 1;
            }
            List<SearchHit> hits = s.search(SearchQuery.parse(query, false).withTag(tag), limit);
            if (hits.isEmpty()) {
                err.println(TerminalText.visible("No section matches \"" + query + "\"" + (tag == null ? "" : " with tag #" + tag) + "."));
                return 1;
            }
            for (int i = 0; i < hits.size(); i++) print(out, i + 1, hits.get(i));
            out.flush();
            return 0;
        } catch (DamagedIndexException e) {
            throw new UserFacingException("the search index in " + e.index() + " is damaged (" + e.reason() + "); rebuild the site: " + rebuild(), e);
        }
    }

    /** The site's searcher, or null if it has none. */
    private LuceneSearcher open() throws IOException {
        return LuceneSearcher.open(site).orElse(null);
    }

    /** The command that builds this site, as the user runs studysite. */
    private String rebuild() {
        boolean usual = site.normalize().equals(Path.of("site-output"));
        return Failure.command(usual ? List.of("build") : List.of("build", "--out", site.toString()));
    }

    /** Three lines per result; whatever the index holds, control characters show as escapes, not act. */
    private static void print(PrintWriter out, int rank, SearchHit hit) {
        String where = hit.path().isEmpty() || hit.path().equals(hit.heading()) ? hit.heading() : hit.path();
        String title = where.equals(hit.noteTitle()) ? hit.noteTitle() : hit.noteTitle() + " › " + where;
        String tags = hit.tags().isEmpty() ? "" : "  " + String.join(" ", hit.tags().stream().map(t -> "#" + t).toList());
        out.printf(java.util.Locale.ROOT, "%2d. %s%n    %s%n    %s%n", rank, TerminalText.visible(title + tags),
                TerminalText.visible(hit.url()), TerminalText.visible(hit.snippet().replaceAll("\\s+", " ").strip()));
    }
}
