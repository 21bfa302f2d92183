package com.cptracker.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.cptracker.common.Narrative.Block;
import java.util.List;
import org.junit.jupiter.api.Test;

class NarrativeTest {

    @Test
    void splitsParagraphsAndBulletedLists() {
        List<Block> blocks = Narrative.blocks("""
                We will:
                - listen to you
                - act on what you say

                Second paragraph
                runs on.
                """);
        assertThat(blocks)
                .containsExactly(
                        new Block(false, List.of("We will:")),
                        new Block(true, List.of("listen to you", "act on what you say")),
                        new Block(false, List.of("Second paragraph runs on.")));
    }

    @Test
    void nothingGivesNoBlocksAndMarkupStaysText() {
        assertThat(Narrative.blocks(null)).isEmpty();
        assertThat(Narrative.blocks("  \n ")).isEmpty();
        assertThat(Narrative.blocks("<b>bold</b>")).containsExactly(new Block(false, List.of("<b>bold</b>")));
    }
}
