package com.cptracker.board.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.cptracker.support.DemoApplicationTest;
import com.cptracker.support.SignedIn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The board pack of a published quarter, read back as a board member gets it: the PDF's text holds every ref and every
 * figure the scorecard shows on screen, its structure is a tagged PDF (PDF/UA) with a title, a language, a bookmark
 * per section and per measure, a text alternative for every chart, A4 pages and page numbers; its web page has the
 * same sections and charts; and only a published quarter has a pack, for everyone.
 */
@DemoApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoardPackTest {

    static final String S = "cheshire-east-2018-20";
    static final String Q3 = "2019-20-Q3";
    static final String PDF = "/strategies/" + S + "/pack/" + Q3 + ".pdf";
    static final String PAGE = "/strategies/" + S + "/pack/" + Q3;

    @Autowired
    MockMvc mvc;

    SignedIn board;
    MockHttpServletResponse pdfResponse;
    String text;
    Document page;

    @BeforeAll
    void fetchThePackAsABoardMember() throws Exception {
        board = SignedIn.as(mvc, "board");
        pdfResponse = mvc.perform(get(PDF).session(board.session())).andReturn().getResponse();
        assertThat(pdfResponse.getStatus()).isEqualTo(200);
        // Kept for a person to open, read and print in grey, as the check asks.
        Path kept = Path.of("target", "board-pack", "cheshire-east-2018-20-board-pack-2019-20-Q3.pdf");
        Files.createDirectories(kept.getParent());
        Files.write(kept, pdfResponse.getContentAsByteArray());
        try (PDDocument pdf = Loader.loadPDF(pdfResponse.getContentAsByteArray())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        page = board.page(PAGE);
    }

    @Test
    void isAnInlinePdfNamedForTheStrategyAndQuarterThatNoSharedCacheKeeps() {
        assertThat(pdfResponse.getContentType()).isEqualTo("application/pdf");
        assertThat(pdfResponse.getHeader("Content-Disposition"))
                .isEqualTo("inline; filename=\"cheshire-east-2018-20-board-pack-2019-20-Q3.pdf\"");
        assertThat(pdfResponse.getHeader("Cache-Control")).contains("no-store").contains("private");
    }

    @Test
    void thePdfsTextHoldsEveryRefAndFigureOfTheScorecardOnScreen() throws Exception {
        Document scorecard = board.page("/strategies/" + S + "/scorecard/" + Q3);
        List<Element> rows = scorecard.select("table.app-table--measures tbody tr:has(td)");
        assertThat(rows).hasSize(56);
        List<String> missing = new ArrayList<>();
        for (Element row : rows) {
            String ref = row.child(0).text();
            expect(ref, ref, missing);
            // the year end, each quarter of the year so far, the target, and both benchmarks: as the screen shows them
            for (int i = 2; i < row.childrenSize() - 1; i++) {
                Element cell = row.child(i);
                if (cell.hasClass("app-num")) {
                    expect(ref, figure(cell), missing);
                }
            }
        }
        for (Element ref :
                board.page("/strategies/" + S + "/actions", "period", Q3).select("td.app-ref")) {
            expect("action", ref.text(), missing);
        }
        assertThat(missing).isEmpty();
        assertThat(text).contains("Cheshire East Council").contains("Board pack, 2019-20 Q3");
    }

    @Test
    void thePdfIsTaggedTitledInBritishEnglishBookmarkedA4AndNumbered() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pdfResponse.getContentAsByteArray())) {
            var catalog = pdf.getDocumentCatalog();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            assertThat(catalog.getLanguage()).isEqualTo("en-GB");
            assertThat(pdf.getDocumentInformation().getTitle())
                    .isEqualTo("Board pack 2019-20 Q3: Corporate Parenting Strategy, 2018-20");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(new String(catalog.getMetadata().toByteArray()))
                    .as("XMP metadata claims PDF/UA-1")
                    .contains("pdfuaid:part");

            assertThat(bookmarks(pdf, null))
                    .containsExactly(
                            "Cover",
                            "Contents",
                            "Summary",
                            "Exceptions",
                            "Scorecard",
                            "Action plan",
                            "You said, we did",
                            "Issues and risks",
                            "Challenges",
                            "Measures");
            assertThat(bookmarks(pdf, "Measures")).hasSize(56).startsWith("G1 Number of cared for children");
            assertThat(bookmarks(pdf, "Scorecard")).startsWith("General", "Pledge 1: Being a good corporate parent");

            int pages = pdf.getNumberOfPages();
            for (PDPage p : pdf.getPages()) {
                PDRectangle box = p.getMediaBox();
                float shorter = Math.min(box.getWidth(), box.getHeight());
                float longer = Math.max(box.getWidth(), box.getHeight());
                assertThat(shorter).isCloseTo(PDRectangle.A4.getWidth(), offset(1f));
                assertThat(longer).isCloseTo(PDRectangle.A4.getHeight(), offset(1f));
                for (var name : p.getResources().getFontNames()) {
                    PDFont font = p.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            assertThat(pages).isGreaterThan(56);
            assertThat(text).contains("Page 1 of " + pages).contains("Page " + pages + " of " + pages);

            List<String> alternatives = figures(catalog.getStructureTreeRoot());
            assertThat(alternatives)
                    .isNotEmpty()
                    .allSatisfy(alt -> assertThat(alt).isNotBlank());
        }
    }

    @Test
    void thePdfHoldsTheExceptionReportOfTheQuarterWithEveryItemAndTheRulesThatCaughtIt() throws Exception {
        Document report = board.page("/strategies/" + S + "/exceptions/" + Q3);
        List<Element> cards = report.select(".app-exception");
        assertThat(cards).hasSizeGreaterThan(10);
        List<String> missing = new ArrayList<>();
        for (Element card : cards) {
            String title = card.selectFirst(".govuk-summary-card__title").text();
            String ref = title.substring(0, title.indexOf(' '));
            expect("exceptions", ref, missing);
            card.select(".govuk-summary-list__row")
                    .first()
                    .select("li")
                    .eachText()
                    .forEach(rule -> expect(ref, rule, missing));
        }
        assertThat(missing).isEmpty();
        assertThat(text).contains("How these were chosen");
        assertThat(page.select("section#exceptions .app-exception")).hasSameSizeAs(cards);
        assertThat(page.select("section#exceptions h3").eachText())
                .as("the report's headings sit one level under the pack's section")
                .startsWith("How these were chosen");
        try (PDDocument pdf = Loader.loadPDF(pdfResponse.getContentAsByteArray())) {
            assertThat(bookmarks(pdf, "Exceptions"))
                    .isEqualTo(report.select("main h2[id^=exceptions-]").eachText());
        }
    }

    @Test
    void theWebPageHasTheSameSectionsMeasuresAndChartsAsThePdf() throws IOException {
        List<String> htmlSections = new ArrayList<>(List.of("Cover"));
        htmlSections.addAll(page.select("article.app-pack > section > h2, article.app-pack > nav > h2")
                .eachText());
        List<String> htmlMeasures = page.select("section.app-pack__measure h3").eachText();
        List<String> htmlCharts = new ArrayList<>();
        for (Element svg : page.select("article.app-pack svg:not([aria-hidden])")) {
            htmlCharts.add(String.join(". ", svg.select("> title, > desc").eachText()));
        }
        try (PDDocument pdf = Loader.loadPDF(pdfResponse.getContentAsByteArray())) {
            assertThat(htmlSections).isEqualTo(bookmarks(pdf, null));
            assertThat(htmlMeasures).isEqualTo(bookmarks(pdf, "Measures"));
            assertThat(figures(pdf.getDocumentCatalog().getStructureTreeRoot())).isEqualTo(htmlCharts);
        }
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("[style]")).isEmpty();
        assertThat(page.select("a[href$=.pdf]").attr("href")).isEqualTo(PDF);
    }

    @Test
    void aPublishedScorecardLinksToItsPackAndAnOpenOneDoesNot() throws Exception {
        Document published = board.page("/strategies/" + S + "/scorecard/" + Q3);
        assertThat(published.select(".app-pack-links a").eachAttr("href")).containsExactly(PDF, PAGE);
        assertThat(published.select(".app-pack-links a").eachText())
                .containsExactly("Board pack for 2019-20 Q3 (PDF)", "Board pack for 2019-20 Q3 (web page)");
        Document open = SignedIn.as(mvc, "admin").page("/strategies/" + S + "/scorecard/2019-20-Q4");
        assertThat(open.select(".app-pack-links")).isEmpty();
    }

    @Test
    void onlyAPublishedQuarterHasAPackForEveryone() throws Exception {
        for (String who : List.of("board", "officer", "admin")) {
            var session = SignedIn.as(mvc, who).session();
            for (String period : List.of("2019-20-Q4", "2030-31-Q1", "nonsense")) {
                for (String path : List.of(
                        "/strategies/" + S + "/pack/" + period, "/strategies/" + S + "/pack/" + period + ".pdf")) {
                    var response =
                            mvc.perform(get(path).session(session)).andReturn().getResponse();
                    assertThat(response.getStatus()).as(who + " " + path).isEqualTo(404);
                    assertThat(response.getContentAsString())
                            .as(who + " " + path)
                            .doesNotContain(period);
                }
            }
            assertThat(mvc.perform(get(PAGE).session(session))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(who)
                    .isEqualTo(200);
        }
    }

    private void expect(String where, String figure, List<String> missing) {
        if (!figure.isEmpty() && !text.contains(figure)) {
            missing.add(where + ": " + figure);
        }
    }

    /**
     * A scorecard cell's figure as the screen shows it, without the words that only a screen reader hears and without
     * a benchmark's comparison (its symbol and word follow the figure).
     */
    private static String figure(Element cell) {
        Element copy = cell.clone();
        copy.select(".govuk-visually-hidden, .app-tags, .app-reason, .app-comparison, [aria-hidden]")
                .remove();
        return copy.text().replace("–", "").trim();
    }

    /** The titles of the PDF's top-level bookmarks, or with a title, of the bookmarks under that one. */
    private static List<String> bookmarks(PDDocument pdf, String under) {
        List<String> titles = new ArrayList<>();
        for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
            if (under == null) {
                titles.add(item.getTitle());
            } else if (item.getTitle().equals(under)) {
                item.children().forEach(child -> titles.add(child.getTitle()));
            }
        }
        return titles;
    }

    /** The text alternative of every Figure in the structure tree, in document order. */
    private static List<String> figures(PDStructureNode node) {
        List<String> alternatives = new ArrayList<>();
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if ("Figure".equals(e.getStructureType())) {
                    alternatives.add(e.getAlternateDescription());
                }
                alternatives.addAll(figures(e));
            }
        }
        return alternatives;
    }
}
