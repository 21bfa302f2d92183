package com.cptracker.board.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What of the web's chart styles Batik is given for the PDF: painting only, outside media rules. */
class PackPdfTest {

    @Test
    void keepsOnlyFillStrokeFontAndTextAnchorOutsideMediaRules() {
        String css = """
                /* a comment { fill: red } */
                .app-sparkline { display: inline-block; vertical-align: middle; overflow: visible; }
                .app-chart__line--target { stroke: #0b0c0c; stroke-width: 2; stroke-dasharray: 8 5; fill: none }
                .app-chart__text { font-family: Arial, sans-serif; font-size: 14px; fill: #0b0c0c; text-anchor: end; }
                @media (forced-colors: active) {
                    .app-chart__line { stroke: CanvasText; }
                    .app-chart__band { fill: Canvas; }
                }
                .app-chart__legend-item { display: flex; gap: 10px; }
                """;
        assertThat(PackPdf.painting(css))
                .isEqualTo(".app-chart__line--target { stroke: #0b0c0c; stroke-width: 2; stroke-dasharray: 8 5;"
                        + " fill: none; }\n"
                        + ".app-chart__text { font-family: Arial, sans-serif; font-size: 14px; fill: #0b0c0c;"
                        + " text-anchor: end; }\n");
    }
}
