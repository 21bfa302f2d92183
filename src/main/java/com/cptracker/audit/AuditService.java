package com.cptracker.audit;

import com.cptracker.audit.domain.AuditEvent;
import com.cptracker.audit.domain.AuditEventRepository;
import com.cptracker.common.Reordering.Swap;
import com.cptracker.users.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail. {@link #record} joins the caller's transaction and refuses to run outside one, so a change and
 * its record are saved together or not at all.
 */
@Service
public class AuditService {

    /** The most events one page of the trail shows. */
    public static final int PAGE_SIZE = 200;
    /** The kind of item a sign-in's record is filed under. */
    public static final String SIGN_IN = "sign-in";

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final AuditEventRepository events;
    private final Clock clock;

    AuditService(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Records a change by the signed-in person (or "system" when nobody is, such as the demo loader). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String itemType, Long itemId, String itemLabel, String action, Changes changes, String reason) {
        var user = CurrentUser.get();
        events.save(new AuditEvent(
                clock.instant(),
                user.map(CurrentUser::id).orElse(null),
                user.map(CurrentUser::getUsername).orElse("system"),
                itemType,
                itemId,
                itemLabel,
                action,
                changes.list(),
                reason));
    }

    /** Records an edit by the signed-in person, unless it changed nothing. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordUpdate(String itemType, Long itemId, String itemLabel, Changes changes) {
        if (!changes.isEmpty()) {
            record(itemType, itemId, itemLabel, "UPDATE", changes, null);
        }
    }

    /** Records an archive (or its undoing) with its reason. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordArchive(String itemType, long itemId, String itemLabel, boolean archived, String reason) {
        Changes change = Changes.create().field("archived", archived ? "no" : "yes", archived ? "yes" : "no");
        record(itemType, itemId, itemLabel, archived ? "ARCHIVE" : "UNARCHIVE", change, reason.strip());
    }

    /**
     * Records both sides of a swap of places, {@code place} being what the place is called ("position", "number"): the
     * item moved, then its neighbour the other way.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T> void recordSwap(
            String itemType, String place, Swap<T> swap, Function<T, Long> id, Function<T, String> label) {
        recordMove(itemType, place, id.apply(swap.moved()), label.apply(swap.moved()), swap.from(), swap.to());
        recordMove(itemType, place, id.apply(swap.other()), label.apply(swap.other()), swap.to(), swap.from());
    }

    private void recordMove(String itemType, String place, long id, String label, int from, int to) {
        record(itemType, id, label, "MOVE", Changes.create().field(place, from, to), null);
    }

    /**
     * Records a failed or refused sign-in. Nobody is signed in, so it is filed under the username typed, with the
     * client's address as its label; the password is never given to the trail.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordSignIn(String typedUsername, String clientAddress, String action, String reason) {
        String username = typedUsername == null ? "" : typedUsername.strip();
        events.save(new AuditEvent(
                clock.instant(),
                null,
                username.length() > 100 ? username.substring(0, 100) : username,
                SIGN_IN,
                null,
                clientAddress == null ? "unknown" : clientAddress,
                action,
                List.of(),
                reason));
    }

    /** Events newest first; each filter may be null. Dates are whole days in UK time, both ends included. */
    @Transactional(readOnly = true)
    public List<AuditEntry> search(String username, String itemType, Long itemId, LocalDate from, LocalDate to) {
        Instant start = from == null ? null : from.atStartOfDay(LONDON).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(LONDON).toInstant();
        return events
                .search(blank(username), blank(itemType), itemId, start, end, PageRequest.of(0, PAGE_SIZE))
                .stream()
                .map(AuditService::entry)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> historyOf(String itemType, long itemId) {
        return events.findByItemTypeAndItemIdOrderByOccurredAtDescIdDesc(itemType, itemId).stream()
                .map(AuditService::entry)
                .toList();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static AuditEntry entry(AuditEvent e) {
        return new AuditEntry(
                e.getId(),
                e.getOccurredAt(),
                e.getUsername(),
                e.getItemType(),
                e.getItemId(),
                e.getItemLabel(),
                e.getAction(),
                e.getChanges(),
                e.getReason());
    }

    /** A recorded change as pages show it. */
    public record AuditEntry(
            long id,
            Instant occurredAt,
            String username,
            String itemType,
            Long itemId,
            String itemLabel,
            String action,
            List<Change> changes,
            String reason) {

        public LocalDate day() {
            return LocalDate.ofInstant(occurredAt, LONDON);
        }

        public String time() {
            return occurredAt.atZone(LONDON).toLocalTime().withNano(0).toString();
        }
    }
}
