package com.cptracker.board;

import com.cptracker.actions.ActionStatusView;
import com.cptracker.board.BoardRecords.QuarterFrame;
import com.cptracker.measures.MeasureStatusView;
import com.cptracker.strategy.StrategyRecords.PromiseView;
import com.cptracker.voice.VoiceRecords.Entry;
import com.cptracker.voice.VoiceService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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

    YouSaidWeDidService(BoardService board, VoiceService voice) {
        this.board = board;
        this.voice = voice;
    }

    /**
     * The section of the frame's quarter, which must be published: the entries changed after {@code from}, when the
     * quarter before was published (null for the first), up to this one's publication.
     */
    YouSaidWeDid of(QuarterFrame f, Instant from) {
        long strategyId = f.context().strategy().id();
        Instant to = f.context().asAt().publishedAt();
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
