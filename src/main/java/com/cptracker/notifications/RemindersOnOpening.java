package com.cptracker.notifications;

import com.cptracker.reporting.QuarterOpened;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Plans the reminders as soon as a quarter is opened, rather than at the next of the schedule's runs
 * ({@code cptracker.mail.plan-interval}): once the opening is committed, on a thread of the schedule, so the
 * administrator's page does not wait for it. The schedule stays the guarantee (a restart in between loses nothing:
 * the next run writes what this one did not), and each reminder's dedupe key keeps it to one mail whoever plans it.
 */
@Component
class RemindersOnOpening {

    private static final Logger log = LoggerFactory.getLogger(RemindersOnOpening.class);

    private final Reminders reminders;
    private final TaskScheduler scheduler;

    RemindersOnOpening(Reminders reminders, TaskScheduler scheduler) {
        this.reminders = reminders;
        this.scheduler = scheduler;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void opened(QuarterOpened event) {
        scheduler.schedule(
                () -> {
                    int written = reminders.plan();
                    log.info(
                            "Quarter {} of strategy {} opened: {} reminders written",
                            event.periodCode(),
                            event.strategyId(),
                            written);
                },
                Instant.now());
    }
}
