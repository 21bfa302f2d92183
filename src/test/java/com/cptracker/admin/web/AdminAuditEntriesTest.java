package com.cptracker.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.cptracker.actions.ActionAdminService;
import com.cptracker.actions.ActionEdits.ActionFields;
import com.cptracker.actions.ActionRecords.Lead;
import com.cptracker.actions.DueDate;
import com.cptracker.audit.AuditService;
import com.cptracker.audit.AuditService.AuditEntry;
import com.cptracker.audit.Change;
import com.cptracker.governance.BodyKind;
import com.cptracker.governance.GovernanceAdminService;
import com.cptracker.governance.GovernanceEdits.BodyFields;
import com.cptracker.governance.GovernanceEdits.PartnerFields;
import com.cptracker.measures.MeasureAdminService;
import com.cptracker.measures.MeasureEdits.MeasureFields;
import com.cptracker.measures.MeasureUnit;
import com.cptracker.status.Frequency;
import com.cptracker.status.Polarity;
import com.cptracker.strategy.PriorityAdminService;
import com.cptracker.strategy.StatementKind;
import com.cptracker.strategy.StrategyAdminService;
import com.cptracker.strategy.StrategyEdits.PriorityFields;
import com.cptracker.strategy.StrategyEdits.PromiseFields;
import com.cptracker.strategy.StrategyEdits.StrategyFields;
import com.cptracker.strategy.StrategyStatus;
import com.cptracker.support.AdminApplicationTest;
import com.cptracker.support.TestStrategies;
import com.cptracker.users.Role;
import com.cptracker.users.UserAdminService;
import com.cptracker.users.UserEdits.UserFields;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The audit trail of creating and changing each kind of item, entry by entry: which fields, in which order, with which
 * labels and values. A created item lists every field that has a value; a change lists the fields that changed.
 */
@AdminApplicationTest
class AdminAuditEntriesTest {

    @Autowired
    StrategyAdminService strategyAdmin;

    @Autowired
    PriorityAdminService priorityAdmin;

    @Autowired
    MeasureAdminService measureAdmin;

    @Autowired
    ActionAdminService actionAdmin;

    @Autowired
    GovernanceAdminService governanceAdmin;

    @Autowired
    UserAdminService userAdmin;

    @Autowired
    AuditService audit;

    String slug;
    long strategyId;
    long board;
    long homes;
    long nhs;
    long police;

    @BeforeEach
    void aStrategyWithGovernance() {
        slug = "audit-" + System.nanoTime();
        strategyId = strategyAdmin.create(
                TestStrategies.testshire(slug, "Audit test", StrategyStatus.DRAFT, 2024, "Every child thrives"));
        board = governanceAdmin.createBody(
                strategyId, new BodyFields("Board", BodyKind.BOARD, "Oversees", "Members", "Chair", null));
        homes = governanceAdmin.createBody(
                strategyId, new BodyFields("Homes group", BodyKind.WORKSTREAM, null, null, null, board));
        nhs = governanceAdmin.createPartner(strategyId, new PartnerFields("NHS", "Health"));
        police = governanceAdmin.createPartner(strategyId, new PartnerFields("Police", null));
    }

    @Test
    void aStrategy() {
        assertThat(only("strategy", strategyId, "CREATE", "Audit test"))
                .containsExactly(
                        set("slug", slug),
                        set("title", "Audit test"),
                        set("council", "Testshire Council"),
                        set("starts on", "2024-04-01"),
                        set("ends on", "2026-03-31"),
                        set("status", "DRAFT"),
                        set("vision", "Every child thrives"));
        long version = strategyAdmin.strategy(strategyId).version();
        strategyAdmin.update(
                strategyId,
                new StrategyFields(
                        slug,
                        "Audit test",
                        "Subtitle",
                        "Testshire Council",
                        LocalDate.of(2024, 4, 1),
                        LocalDate.of(2027, 3, 31),
                        StrategyStatus.CURRENT,
                        null,
                        "Contact"),
                version);
        assertThat(only("strategy", strategyId, "UPDATE", "Audit test"))
                .containsExactly(
                        set("subtitle", "Subtitle"),
                        new Change("ends on", "2026-03-31", "2027-03-31"),
                        new Change("status", "DRAFT", "CURRENT"),
                        new Change("vision", "Every child thrives", null),
                        set("contact", "Contact"));
    }

    @Test
    void aBodyAndAPartner() {
        assertThat(only("governance body", board, "CREATE", "Board"))
                .containsExactly(
                        set("name", "Board"),
                        set("kind", "Board"),
                        set("description", "Oversees"),
                        set("membership", "Members"),
                        set("chair", "Chair"));
        assertThat(only("governance body", homes, "CREATE", "Homes group"))
                .containsExactly(
                        set("name", "Homes group"), set("kind", "Workstream group"), set("reports to", "Board"));
        governanceAdmin.updateBody(
                strategyId,
                homes,
                new BodyFields("Homes", BodyKind.COMMITTEE, "Homes for all", null, "Lead", null),
                governanceAdmin.body(strategyId, homes).version());
        assertThat(only("governance body", homes, "UPDATE", "Homes"))
                .containsExactly(
                        new Change("name", "Homes group", "Homes"),
                        new Change("kind", "Workstream group", "Committee"),
                        set("description", "Homes for all"),
                        set("chair", "Lead"),
                        new Change("reports to", "Board", null));

        assertThat(only("partner", nhs, "CREATE", "NHS"))
                .containsExactly(set("name", "NHS"), set("description", "Health"));
        governanceAdmin.updatePartner(
                strategyId,
                nhs,
                new PartnerFields("NHS Testshire", null),
                governanceAdmin.partner(strategyId, nhs).version());
        assertThat(only("partner", nhs, "UPDATE", "NHS Testshire"))
                .containsExactly(new Change("name", "NHS", "NHS Testshire"), new Change("description", "Health", null));
    }

    @Test
    void aPriority() {
        long id = priorityAdmin.createPriority(
                strategyId,
                new PriorityFields(
                        "Pledge", 1, "Learn", "We promise", "Vision", null, "Head", homes, List.of(police, nhs)));
        assertThat(only("priority", id, "CREATE", "Pledge 1: Learn"))
                .containsExactly(
                        set("kind", "Priority"),
                        set("label", "Pledge"),
                        set("number", "1"),
                        set("title", "Learn"),
                        set("statement", "We promise"),
                        set("vision", "Vision"),
                        set("lead", "Head"),
                        set("workstream", "Homes group"),
                        set("key partners", "Police; NHS"));
        priorityAdmin.updatePriority(
                strategyId,
                id,
                new PriorityFields("Outcome", 2, "Learn", null, "Vision", "Hard", "Head", null, List.of(nhs)),
                priorityAdmin.priority(strategyId, id).version());
        assertThat(only("priority", id, "UPDATE", "Outcome 2: Learn"))
                .containsExactly(
                        new Change("label", "Pledge", "Outcome"),
                        new Change("number", "1", "2"),
                        new Change("statement", "We promise", null),
                        set("challenge", "Hard"),
                        new Change("workstream", "Homes group", null),
                        new Change("key partners", "Police; NHS", "NHS"));
    }

    @Test
    void aMeasure() {
        long priority = priority();
        long statement = priorityAdmin.addStatement(strategyId, priority, StatementKind.COMMITMENT, "We will");
        String username = "owner." + System.nanoTime();
        long owner = officer(username);
        long id = measureAdmin.create(
                strategyId,
                new MeasureFields(
                        priority,
                        statement,
                        "M1",
                        "Attendance",
                        "Days attended",
                        MeasureUnit.PERCENTAGE,
                        Polarity.HIGHER_IS_BETTER,
                        Frequency.QUARTERLY,
                        "Head",
                        owner,
                        "CYP 1",
                        null));
        assertThat(only("measure", id, "CREATE", "M1: Attendance"))
                .containsExactly(
                        set("ref", "M1"),
                        set("title", "Attendance"),
                        set("definition", "Days attended"),
                        set("priority", "Pledge 9"),
                        set("statement", "We will"),
                        set("unit", "%"),
                        set("polarity", "Higher is better"),
                        set("frequency", "Quarterly"),
                        set("owner", "Head"),
                        set("owner account", username),
                        set("C&YP Plan priority", "CYP 1"));
        measureAdmin.update(
                strategyId,
                id,
                new MeasureFields(
                        priority,
                        null,
                        "M1",
                        "School attendance",
                        "Days attended",
                        MeasureUnit.NUMBER,
                        Polarity.HIGHER_IS_BETTER,
                        Frequency.QUARTERLY,
                        "Head",
                        null,
                        "CYP 1",
                        "Corporate 2"),
                measureAdmin.measure(strategyId, id).version());
        assertThat(only("measure", id, "UPDATE", "M1: School attendance"))
                .containsExactly(
                        new Change("title", "Attendance", "School attendance"),
                        new Change("statement", "We will", null),
                        new Change("unit", "%", "number"),
                        new Change("owner account", username, null),
                        set("corporate priority", "Corporate 2"));
    }

    @Test
    void anAction() {
        long priority = priority();
        long statement = priorityAdmin.addStatement(strategyId, priority, StatementKind.COMMITMENT, "We will");
        String username = "lead." + System.nanoTime();
        long lead = officer(username);
        long id = actionAdmin.create(
                strategyId,
                new ActionFields(
                        priority,
                        statement,
                        "1a",
                        "Every child has a plan",
                        DueDate.parse("September 2025"),
                        List.of(new Lead("Head", lead), new Lead("Nurse", null)),
                        Set.of(police, nhs),
                        "Every plan reviewed",
                        "Scrutiny 4"));
        assertThat(only("action", id, "CREATE", "1a: Every child has a plan"))
                .containsExactly(
                        set("ref", "1a"),
                        set("text", "Every child has a plan"),
                        set("priority", "Pledge 9"),
                        set("statement", "We will"),
                        set("due", "September 2025"),
                        set("leads", "Head (" + username + "); Nurse"),
                        set("partners", "NHS; Police"),
                        set("success measure", "Every plan reviewed"),
                        set("cross-reference", "Scrutiny 4"));
        actionAdmin.update(
                strategyId,
                id,
                new ActionFields(
                        priority,
                        null,
                        "1a",
                        "Every child has a good plan",
                        DueDate.parse("Ongoing"),
                        List.of(new Lead("Nurse", null)),
                        Set.of(police),
                        "Every plan reviewed",
                        null),
                actionAdmin.action(strategyId, id).version());
        assertThat(only("action", id, "UPDATE", "1a: Every child has a good plan"))
                .containsExactly(
                        new Change("text", "Every child has a plan", "Every child has a good plan"),
                        new Change("statement", "We will", null),
                        new Change("due", "September 2025", "Ongoing"),
                        new Change("leads", "Head (" + username + "); Nurse", "Nurse"),
                        new Change("partners", "NHS; Police", "Police"),
                        new Change("cross-reference", "Scrutiny 4", null));
    }

    @Test
    void aPromise() {
        long id = strategyAdmin.addPromise(strategyId, new PromiseFields("We will listen", Set.of(), Set.of()));
        assertThat(only("promise", id, "CREATE", "We will listen"))
                .containsExactly(set("text", "We will listen"), set("position", "1"));
        strategyAdmin.updatePromise(
                strategyId,
                id,
                new PromiseFields("We will always listen", Set.of(), Set.of()),
                strategyAdmin.promise(strategyId, id).version());
        assertThat(only("promise", id, "UPDATE", "We will always listen"))
                .containsExactly(new Change("text", "We will listen", "We will always listen"));
    }

    long priority() {
        return priorityAdmin.createPriority(
                strategyId, new PriorityFields("Pledge", 9, "Learn", null, null, null, null, null, List.of()));
    }

    long officer(String username) {
        return userAdmin.create(
                username,
                new UserFields("Test officer", null, "Test officer", Set.of(Role.OFFICER)),
                "a long enough test passphrase");
    }

    /** The changes of the item's one entry of this action, after checking the label it was recorded under. */
    List<Change> only(String itemType, long id, String action, String label) {
        List<AuditEntry> entries = audit.historyOf(itemType, id).stream()
                .filter(e -> e.action().equals(action))
                .toList();
        assertThat(entries).hasSize(1);
        assertThat(entries.getFirst().itemLabel()).isEqualTo(label);
        return entries.getFirst().changes();
    }

    static Change set(String field, String value) {
        return new Change(field, null, value);
    }
}
