package com.cptracker.actions;

import com.cptracker.actions.ActionRecords.Lead;
import com.cptracker.strategy.StrategyRecords.PriorityDetail;
import com.cptracker.strategy.StrategyRecords.Statement;
import com.cptracker.users.UserSummary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The names an action's audit entries give its priority, statement, leads and partners, rather than their ids. */
record ActionNames(Map<Long, PriorityDetail> priorities, Map<Long, String> partners, Map<Long, UserSummary> users) {

    /** Also names the accounts of the leads before the change. */
    ActionNames withUsers(Map<Long, UserSummary> more) {
        Map<Long, UserSummary> all = new HashMap<>(more);
        all.putAll(users);
        return new ActionNames(priorities, partners, all);
    }

    String priority(Long id) {
        PriorityDetail p = id == null ? null : priorities.get(id);
        return p == null ? (id == null ? null : "#" + id) : p.heading().shortName();
    }

    String statement(Long priorityId, Long statementId) {
        if (statementId == null) {
            return null;
        }
        PriorityDetail p = priorities.get(priorityId);
        return p == null
                ? "#" + statementId
                : p.statements().stream()
                        .filter(s -> s.id() == statementId)
                        .map(Statement::text)
                        .findFirst()
                        .orElse("#" + statementId);
    }

    /** "Head of Virtual School (jsmith); Designated Nurse": each lead's job title, and account where known. */
    String leads(List<Lead> leads) {
        return String.join("; ", leads.stream().map(this::lead).toList());
    }

    private String lead(Lead l) {
        if (l.userId() == null) {
            return l.jobTitle();
        }
        UserSummary u = users.get(l.userId());
        return l.jobTitle() + " (" + (u == null ? "#" + l.userId() : u.username()) + ")";
    }

    String partners(Set<Long> ids) {
        return String.join(
                "; ",
                new TreeSet<>(ids.stream()
                        .map(id -> partners.getOrDefault(id, "#" + id))
                        .toList()));
    }
}
