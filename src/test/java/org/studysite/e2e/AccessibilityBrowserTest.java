package org.studysite.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * axe-core (Deque's rules, run in our Chromium) over one page of each kind, in light and dark mode, on a
 * phone and a laptop: WCAG 2.0 and 2.1, levels A and AA (issue 12). Any violation fails the case, naming the
 * rule, its impact and every element with axe's own reason (for colour contrast: both colours and the ratio).
 */
class AccessibilityBrowserTest extends FixtureSiteInChromium {
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    static Stream<Arguments> cases() {
        return Stream.of(PageTypes.values()).flatMap(page -> PageTypes.SCHEMES.stream()
                .flatMap(scheme -> PageTypes.WIDTHS.stream().map(width -> Arguments.of(page, scheme, width))));
    }

    @AfterEach
    void normalBrowser() {
        PageTypes.reset(driver);
    }

    @ParameterizedTest(name = "{0} {1} {2}px")
    @MethodSource("cases")
    void noWcagViolations(PageTypes page, String scheme, int width) {
        page.open(driver, site, scheme, width);
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        assertFalse(results.isErrored(), () -> "axe could not run: " + results.getErrorMessage());
        List<Rule> violations = results.getViolations();
        // One line per case, so a run's output is the table of what fails where.
        System.out.println("axe " + page.label() + " " + scheme + " " + width + "px: " + violations.stream()
                .map(r -> r.getId() + "=" + r.getNodes().size()).collect(Collectors.joining(" ", violations.size() + " rules ", "")));
        if (!violations.isEmpty()) fail(report(page, scheme, width, violations));
    }

    private static String report(PageTypes page, String scheme, int width, List<Rule> violations) {
        StringBuilder out = new StringBuilder(page.path + " (" + scheme + ", " + width + " px): "
                + violations.size() + " WCAG 2.1 A/AA rules violated\n");
        for (Rule rule : violations) {
            out.append("- ").append(rule.getId()).append(" [").append(rule.getImpact()).append("] ")
                    .append(rule.getHelp()).append(" (").append(rule.getNodes().size()).append(" elements)\n");
            for (CheckedNode node : rule.getNodes()) {
                out.append("    ").append(node.getTarget()).append("  ").append(node.getHtml()).append('\n');
                if (node.getFailureSummary() != null) {
                    out.append("      ").append(node.getFailureSummary().replace("\n", "\n      ")).append('\n');
                }
            }
        }
        return out.toString();
    }
}
