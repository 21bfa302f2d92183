package com.cptracker.board;

import com.cptracker.actions.ActionStatusView;
import com.cptracker.measures.MeasureStatusView;
import com.cptracker.voice.VoiceRecords.Entry;
import java.time.LocalDate;
import java.util.List;

/**
 * The board pack's "You said, we did": the entries changed in the quarter's window (after the previous quarter was
 * published, up to this one's publication), each as it stood when this quarter was published, with the promises it
 * answers in the words of the quarter's edition and its actions and measures as the action plan and scorecard show
 * them in the quarter.
 *
 * @param since the day the previous quarter was published, or null when this is the strategy's first
 * @param until the day this quarter was published
 */
public record YouSaidWeDid(LocalDate since, LocalDate until, List<Item> items) {

    public record Item(
            Entry entry, List<String> promises, List<ActionStatusView> actions, List<MeasureStatusView> measures) {}
}
