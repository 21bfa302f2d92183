package com.cptracker.admin.web;

import com.cptracker.governance.GovernanceRecords.Partner;
import com.cptracker.governance.GovernanceService;
import com.cptracker.strategy.StrategyRecords.PriorityDetail;
import com.cptracker.strategy.StrategyService;
import com.cptracker.users.UserAdminService;
import com.cptracker.users.UserSummary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
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

    /** Enabled officers, and whoever is already chosen even if no longer one, so that an edit never loses them. */
    List<UserSummary> officers(Collection<Long> chosen) {
        List<UserSummary> officers = new ArrayList<>(users.officers());
        List<Long> missing = chosen.stream().filter(Objects::nonNull)
                .filter(id -> officers.stream().noneMatch(o -> o.id() == id)).toList();
        officers.addAll(users.byIds(missing).values());
        return officers;
    }
}
