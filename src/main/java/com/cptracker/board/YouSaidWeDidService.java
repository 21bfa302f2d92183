package com.cptracker.board;

import com.cptracker.actions.ActionStatusView;
import com.cptracker.board.BoardRecords.QuarterFrame;
import com.cptracker.common.AsAt;
import com.cptracker.measures.MeasureStatusView;
import com.cptracker.reporting.QuarterService;
import com.cptracker.strategy.StrategyRecords.PromiseView;
import com.cptracker.voice.VoiceRecords.Entry;
import com.cptracker.voice.VoiceService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "You said, we did" in a published quarter's pack, read as it stood when the quarter was published: never today's
 * entries read back. A fixed number of statements whatever the number of entries.
 */
@Service
@Transactional(readOnly = true)
public class YouSaidWeDidService {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final BoardService board;
    private final VoiceService voice;
    private final QuarterService quarters;

    YouSaidWeDidService(BoardService board, VoiceService voice, QuarterService quarters) {
        this.board = board;
        this.voice = voice;
        this.quarters = quarters;
    }

    /** The section of the frame's quarter, which must be published. */
    YouSaidWeDid of(QuarterFrame f) {
        long strategyId = f.context().strategy().id();
        Instant to = f.context().asAt().publishedAt();
        Instant from = quarters.published(strategyId).stream()
                .map(AsAt::publishedAt)
                .filter(at -> at != null && at.isBefore(to))
                .max(Comparator.naturalOrder())
                .orElse(null);
        List<Entry> entries = voice.updatedIn(strategyId, from, to);
        Map<Long, ActionStatusView> actions =
                Cited.actions(board, f, Cited.ids(entries, e -> e.fields().actionIds()));
        Map<Long, MeasureStatusView> measures =
                Cited.measures(board, f, Cited.ids(entries, e -> e.fields().measureIds()));
        List<PromiseView> promises = f.edition().promises();
        return new YouSaidWeDid(
                from == null ? null : LocalDate.ofInstant(from, LONDON),
                LocalDate.ofInstant(to, LONDON),
                entries.stream()
                        .map(e -> new YouSaidWeDid.Item(
                                e,
                                promises.stream()
                                        .filter(p -> e.fields().promiseIds().contains(p.id()))
                                        .map(PromiseView::text)
                                        .toList(),
                                Cited.pick(
                                        e.fields().actionIds(),
                                        actions,
                                        a -> a.action().ref()),
                                Cited.pick(
                                        e.fields().measureIds(),
                                        measures,
                                        m -> m.measure().ref())))
                        .toList());
    }
}
