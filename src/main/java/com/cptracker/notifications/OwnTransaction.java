package com.cptracker.notifications;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The transactions the scheduled work runs in: each its own, whatever the calling thread has open. */
final class OwnTransaction {

    private OwnTransaction() {}

    static TransactionTemplate of(PlatformTransactionManager transactions) {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return tx;
    }
}
