package com.cptracker.browser;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;

/** axe-core's WCAG 2.2 AA rules, run on the page as the browser shows it now. */
public final class Axe {

    /** WCAG 2.0, 2.1 and 2.2, levels A and AA: what UK public-sector bodies must meet. */
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private Axe() {}

    /** Fails naming the page, and each violated rule with its help text and the elements that break it. */
    public static void assertNoViolations(Page page, String where) {
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        AxeResults results = new AxeBuilder(page)
                .options(options)
                .withTags(TAGS)
                // axe.run in the page itself: the service has no frames to reach with runPartial, and this spares a
                // blank page and a second injection of axe for every check.
                .setLegacyMode(true)
                .analyze();
        if (results.isErrored()) {
            throw new AssertionError(
                    "axe could not check " + page.url() + " (" + where + "): " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        if (violations != null && !violations.isEmpty()) {
            throw new AssertionError(describe(page.url(), where, violations));
        }
    }

    static String describe(String url, String where, List<Rule> violations) {
        StringBuilder s = new StringBuilder()
                .append("axe found ")
                .append(violations.size())
                .append(violations.size() == 1 ? " accessibility violation" : " accessibility violations")
                .append(" on ")
                .append(url)
                .append(" (")
                .append(where)
                .append("):");
        for (Rule rule : violations) {
            s.append("\n- ")
                    .append(rule.getId())
                    .append(" [")
                    .append(rule.getImpact())
                    .append("]: ")
                    .append(rule.getHelp())
                    .append(" (")
                    .append(rule.getHelpUrl())
                    .append(")");
            rule.getNodes().forEach(node -> {
                s.append("\n    at ").append(node.getTarget()).append(": ").append(abbreviate(node.getHtml()));
                if (node.getFailureSummary() != null) {
                    s.append("\n       ").append(node.getFailureSummary().replace("\n", "\n       "));
                }
            });
        }
        return s.toString();
    }

    private static String abbreviate(String html) {
        if (html == null) {
            return "";
        }
        String oneLine = html.replaceAll("\\s+", " ");
        return oneLine.length() <= 160 ? oneLine : oneLine.substring(0, 157) + "...";
    }
}
