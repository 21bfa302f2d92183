package com.cptracker.board.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The board's printed documents as tagged PDFs (PDF/UA): the board pack and the "You said, we did" leaflet for
 * children and young people. Each has a template of its own (board/pack-pdf.html, board/you-said-we-did-pdf.html,
 * which hold the same content fragment as the web page) and a stylesheet of its own, rendered by the application's Thymeleaf, read back by jsoup, and laid out by openhtmltopdf
 * on A4 with an embedded font (DejaVu Sans: PDF/UA wants every font embedded, and it has the status symbols) and the
 * charts drawn by Batik. Between Thymeleaf and openhtmltopdf, {@link #prepare} gives the PDF what the web page gets
 * elsewhere: each chart's text alternative where a PDF reader looks for it, and the charts' stylesheet inside each
 * chart, since Batik sees only the chart.
 */
@Component
class PackPdf {

    static final String FONT = "DejaVu Sans";

    private final ITemplateEngine templates;
    private final byte[] regular = bytes("fonts/DejaVuSans.ttf");
    private final byte[] bold = bytes("fonts/DejaVuSans-Bold.ttf");
    private final String packStyles = text("pdf/board-pack.css");
    private final String leafletStyles = text("pdf/leaflet.css");
    /**
     * The web's chart styles, then their black and white for print, in the PDF's font: only their painting (fill,
     * stroke, font, text anchor). Batik reads CSS 2 and drops a whole stylesheet over one value it does not know (a
     * media query, a system colour, an inline-block), and the layout is the PDF stylesheet's business.
     */
    private final String chartStyles = painting(text("static/css/charts.css") + text("static/css/charts-print.css"))
            + ".app-chart__text { font-family: \"" + FONT + "\"; }\n";

    PackPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The PDF of a pack, from the model the pack's web page has; links in it lead to the application's pages. */
    byte[] render(Map<String, Object> model, HttpServletRequest request, HttpServletResponse response) {
        return render("board/pack-pdf", packStyles, model, request, response);
    }

    /** The "You said, we did" leaflet, from the model its web page has. */
    byte[] leaflet(Map<String, Object> model, HttpServletRequest request, HttpServletResponse response) {
        return render("board/you-said-we-did-pdf", leafletStyles, model, request, response);
    }

    private byte[] render(
            String template,
            String styles,
            Map<String, Object> model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("pdfStyles", styles);
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response);
        String html = templates.process(template, new WebContext(exchange, Locale.UK, variables));
        String base =
                ServletUriComponentsBuilder.fromContextPath(request).path("/").toUriString();
        Document doc = Jsoup.parse(html, base, Parser.htmlParser().settings(ParseSettings.preserveCase));
        prepare(doc);
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .useSVGDrawer(new BatikSVGDrawer())
                .useFont(() -> new ByteArrayInputStream(regular), FONT, 400, FontStyle.NORMAL, true)
                .useFont(() -> new ByteArrayInputStream(bold), FONT, 700, FontStyle.NORMAL, true)
                .withW3cDocument(new W3CDom().fromJsoup(doc), base)
                .toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Readies the page for openhtmltopdf. The bookmarks go back into the head (an HTML parser ends the head at them),
     * and every link has a description. Each chart, tagged as a Figure, takes its text alternative from its {@code alt}
     * (its title and description, as a screen reader reads them on the web page) and gets the charts' stylesheet. A
     * chart legend's small key pictures are hidden from screen readers on the web; openhtmltopdf cannot mark an image
     * as decoration, so they become boxes drawn by the PDF's stylesheet (a border in the line's dash), which a PDF
     * reader skips like any border.
     */
    void prepare(Document doc) {
        Element bookmarks = doc.selectFirst("bookmarks");
        if (bookmarks != null) {
            doc.head().appendChild(bookmarks);
        }
        // A link's words are its description in the PDF's tags (openhtmltopdf takes it from the title).
        for (Element link : doc.select("a[href]:not([title])")) {
            link.attr("title", link.text());
        }
        for (Element svg : doc.select("svg")) {
            if ("true".equals(svg.attr("aria-hidden"))) {
                Element first = svg.firstElementChild();
                Element key = new Element("span").addClass("app-pack__key");
                if (first != null) {
                    first.classNames().forEach(key::addClass);
                }
                svg.replaceWith(key);
                continue;
            }
            svg.attr(
                    "alt",
                    svg.children().stream()
                            .filter(e -> e.normalName().equals("title")
                                    || e.normalName().equals("desc"))
                            .map(Element::text)
                            .collect(Collectors.joining(". ")));
            // Parsed in the chart, so that it is an SVG style element, which Batik reads.
            svg.prepend("<style>" + chartStyles + "</style>");
        }
    }

    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern MEDIA = Pattern.compile("@media[^{]*\\{(?:[^{}]*\\{[^{}]*})*[^{}]*}");
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");

    /** The rules of a stylesheet outside media blocks, with only their fill, stroke, font and text-anchor. */
    static String painting(String css) {
        StringBuilder kept = new StringBuilder();
        Matcher rule =
                RULE.matcher(MEDIA.matcher(COMMENT.matcher(css).replaceAll("")).replaceAll(""));
        while (rule.find()) {
            String declarations = Arrays.stream(rule.group(2).split(";"))
                    .map(String::strip)
                    .filter(d -> d.matches("(fill|stroke|font|text-anchor)[a-z-]*\\s*:.*"))
                    .collect(Collectors.joining("; "));
            if (!declarations.isEmpty()) {
                kept.append(rule.group(1).strip())
                        .append(" { ")
                        .append(declarations)
                        .append("; }\n");
            }
        }
        return kept.toString();
    }

    private static byte[] bytes(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    private static String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }
}
