package com.cptracker.admin.web;

import com.cptracker.governance.GovernanceRecords.Partner;
import com.cptracker.governance.GovernanceService;
import com.cptracker.strategy.StrategyRecords.PriorityDetail;
import com.cptracker.strategy.StrategyService;
import com.cptracker.users.UserAdminService;
import com.cptracker.users.UserSummary;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/** The lists an action or measure form offers: the strategy's priorities and statements, partners and officers. */
@Component
class Choices {

    private final StrategyService strategies;
    private final GovernanceService governance;
    private final UserAdminService users;

    Choices(StrategyService strategies, GovernanceService governance, UserAdminService users) {
        this.strategies = strategies;
        this.governance = governance;
        this.users = users;
    }

    List<PriorityDetail> priorities(long strategyId) {
        return strategies.prioritiesWithStatements(strategyId);
    }

    List<Partner> partners(long strategyId) {
        return governance.partnersOf(strategyId);
    }

    /**
     * The accounts a measure's owner or an action's lead may be: enabled officers, and those already saved in the job
     * ({@code saved}, never what a form posted) even if no longer one, so that an edit never loses them. The services
     * check against the same list.
     */
    List<UserSummary> officers(Collection<Long> saved) {
        return users.officers(saved);
    }
}
