package com.cptracker.scale;

import com.cptracker.status.Status;
import java.util.Collection;
import java.util.List;

/**
 * One step of a council's own scale, in its words ("Good", "Partly met", "Very high"), with what it means and the
 * colour its tag carries beside the words: none, or one of the board's statuses (its symbol always shown with it, never
 * the colour alone). The one idea of a council's scale, used by the self-assessment's rating scale and by the issues
 * and risks log's rating scale alike, each kept in its own table in the council's order.
 */
public record ScaleStep(String words, String description, Status colour) {

    /** The colours a step may carry beside its words. */
    public static final List<Status> COLOURS = List.of(Status.GREEN, Status.AMBER, Status.RED, Status.COMPLETE);

    public static final String COLOUR_NOT_OFFERED = "Choose a colour from the list";
    public static final String WORDS_TAKEN = "The scale already has a rating with these words";

    /** Its words stripped, and no description rather than a blank one. */
    public ScaleStep {
        words = words == null ? null : words.strip();
        description = description == null || description.isBlank() ? null : description.strip();
    }

    /** Whether its colour is none or one of {@link #COLOURS}. */
    public boolean colourOffered() {
        return colour == null || COLOURS.contains(colour);
    }

    public String tagClass() {
        return colour == null ? "govuk-tag--grey" : colour.tagClass();
    }

    /** The colour's symbol, shown beside the words; none when the step has no colour. */
    public String symbol() {
        return colour == null ? "" : colour.symbol();
    }

    /** Its colour as a list names it: the symbol and the board's word, or "None". */
    public String colourLabel() {
        return colour == null ? "None" : colour.symbol() + " " + colour.label();
    }

    /** Whether these words are already another step's, whatever their case. */
    public static boolean wordsTaken(Collection<String> othersWords, String words) {
        return othersWords.stream().anyMatch(w -> w.equalsIgnoreCase(words));
    }

    /** A colour as a form offers it, with the board's word for it. */
    public static String colourName(Status s) {
        return s.symbol() + " "
                + switch (s) {
                    case GREEN -> "Green (as on track)";
                    case AMBER -> "Amber (as at risk)";
                    case RED -> "Red (as off track)";
                    default -> "Blue (as complete)";
                };
    }

    /** A step as its scale's administration lists it: archived steps are kept so that what was said reads on. */
    public record Kept(long id, ScaleStep step, boolean archived, long version) {}
}
