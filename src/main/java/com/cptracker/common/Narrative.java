package com.cptracker.common;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits stored narrative text into blocks a template can render safely: paragraphs (separated by a blank line) and
 * bulleted lists (lines starting with "- "). Text is never rendered as markup.
 */
public final class Narrative {

    public record Block(boolean list, List<String> lines) {}

    private Narrative() {}

    public static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return blocks;
        }
        for (String chunk : text.strip().split("\\R\\s*\\R")) {
            List<String> bullets = new ArrayList<>();
            StringBuilder paragraph = new StringBuilder();
            for (String line : chunk.strip().split("\\R")) {
                String l = line.strip();
                if (l.startsWith("- ")) {
                    flush(blocks, paragraph);
                    bullets.add(l.substring(2).strip());
                } else if (!l.isEmpty()) {
                    if (!bullets.isEmpty()) {
                        blocks.add(new Block(true, List.copyOf(bullets)));
                        bullets.clear();
                    }
                    paragraph.append(paragraph.isEmpty() ? "" : " ").append(l);
                }
            }
            flush(blocks, paragraph);
            if (!bullets.isEmpty()) {
                blocks.add(new Block(true, List.copyOf(bullets)));
            }
        }
        return blocks;
    }

    private static void flush(List<Block> blocks, StringBuilder paragraph) {
        if (!paragraph.isEmpty()) {
            blocks.add(new Block(false, List.of(paragraph.toString())));
            paragraph.setLength(0);
        }
    }
}
