package com.cptracker.admin.web;

import static com.cptracker.admin.web.AdminPages.fieldsOf;
import static com.cptracker.admin.web.AdminPages.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.cptracker.actions.ActionAdminService;
import com.cptracker.actions.ActionEdits.ActionFields;
import com.cptracker.actions.ActionRecords.Lead;
import com.cptracker.actions.ActionStatus;
import com.cptracker.governance.GovernanceRecords.NewPartner;
import com.cptracker.governance.GovernanceService;
import com.cptracker.strategy.PriorityAdminService;
import com.cptracker.strategy.StatementKind;
import com.cptracker.strategy.StrategyAdminService;
import com.cptracker.strategy.StrategyEdits.PriorityFields;
import com.cptracker.strategy.StrategyService;
import com.cptracker.strategy.StrategyStatus;
import com.cptracker.support.AdminApplicationTest;
import com.cptracker.support.TestStrategies;
import com.cptracker.users.Role;
import com.cptracker.users.UserAdminService;
import com.cptracker.users.UserEdits.UserFields;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** An administrator adds and changes actions, names their leads, and cancels one with a reason; never deletes. */
@AdminApplicationTest
class ActionAdminTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    StrategyAdminService strategyAdmin;

    @Autowired
    PriorityAdminService priorityAdmin;

    @Autowired
    ActionAdminService admin;

    @Autowired
    StrategyService strategies;

    @Autowired
    GovernanceService governance;

    @Autowired
    UserAdminService userAdmin;

    String slug;
    long strategyId;
    long learning;
    long homes;
    long commitment;
    long homesStatement;
    Map<String, Long> partners;
    String officer;

    @BeforeEach
    void aStrategyWithPriorities() {
        slug = "actions-" + System.nanoTime();
        strategyAdmin.create(TestStrategies.testshire(slug, "Actions test", StrategyStatus.CURRENT));
        strategyId = strategies.bySlug(slug).id();
        partners = governance.addPartners(
                strategyId,
                List.of(
                        new NewPartner("school", "Virtual School", null),
                        new NewPartner("nhs", "NHS Testshire", null)));
        learning = priorityAdmin.createPriority(
                strategyId, new PriorityFields("Pledge", 1, "Help me learn", null, null, null, null, null, List.of()));
        homes = priorityAdmin.createPriority(
                strategyId, new PriorityFields("Pledge", 2, "A home", null, null, null, null, null, List.of()));
        commitment =
                priorityAdmin.addStatement(strategyId, learning, StatementKind.COMMITMENT, "We will help you learn");
        homesStatement =
                priorityAdmin.addStatement(strategyId, homes, StatementKind.COMMITMENT, "We will find you a home");
        // An officer of the test's own, so the demo officer's actions and measures stay as shipped for other tests.
        officer = String.valueOf(userAdmin.create(
                "lead." + System.nanoTime(),
                new UserFields("Test officer", null, "Test officer", Set.of(Role.OFFICER)),
                "a long enough test passphrase"));
    }

    String[] newAction() {
        return new String[] {
            "ref",
            "1a",
            "text",
            "Every child has a personal education plan",
            "priorityId",
            String.valueOf(learning),
            "statementId",
            String.valueOf(commitment),
            "due",
            "September 2025",
            "lead1Title",
            "Head of Virtual School",
            "lead1User",
            officer,
            "lead2Title",
            "Designated Nurse",
            "lead2User",
            "",
            "lead3Title",
            "",
            "lead3User",
            "",
            "partnerIds",
            String.valueOf(partners.get("school")),
            "successMeasure",
            "Every PEP is reviewed",
            "crossReference",
            "Scrutiny review 4",
            "version",
            ""
        };
    }

    @Test
    void addsChangesAndCancelsAnActionAndEveryChangeIsAudited() throws Exception {
        AdminPages pages = AdminPages.as(mvc, "admin");
        String base = "/admin/strategies/" + slug + "/actions";
        Document blank = pages.page(base + "/new");
        assertThat(blank.select("#lead1User option").eachText()).anyMatch(t -> t.startsWith("Test officer"));
        assertThat(blank.select("#statementId option").eachText())
                .containsExactly("None", "Pledge 1: We will help you learn", "Pledge 2: We will find you a home");

        String page = pages.postAndFollow(base + "/new", newAction());
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        var created = admin.action(strategyId, id).fields();
        assertThat(created.leads())
                .containsExactly(
                        new Lead("Head of Virtual School", Long.valueOf(officer)), new Lead("Designated Nurse", null));
        assertThat(created.due().date()).isEqualTo(LocalDate.of(2025, 9, 30));
        Document shown = pages.page(page);
        assertThat(shown.text())
                .contains(
                        "Head of Virtual School (updated by Test officer)",
                        "Virtual School",
                        "September 2025",
                        "We will help you learn",
                        "Scrutiny review 4");
        assertThat(pages.page(base).select("tbody tr").text())
                .contains("1a", "Pledge 1", "Head of Virtual School; Designated Nurse");

        Document form = pages.page(page + "/edit");
        assertThat(form.select("#lead1User option[selected]").val()).isEqualTo(officer);
        String[] fields = fieldsOf(form, "main form");
        pages.postAndFollow(
                page + "/edit",
                with(
                        fields,
                        "lead1User",
                        "",
                        "lead2Title",
                        "",
                        "due",
                        "Ongoing",
                        "partnerIds",
                        String.valueOf(partners.get("nhs"))));
        var changed = admin.action(strategyId, id).fields();
        assertThat(changed.leads()).containsExactly(new Lead("Head of Virtual School", null));
        assertThat(changed.partnerIds()).containsExactly(partners.get("nhs"));
        assertThat(changed.due().isDated()).isFalse();

        Document stale = pages.postWithErrors(page + "/edit", with(fields, "text", "Overwritten"));
        assertThat(stale.select(".govuk-error-summary").text()).contains("Someone else changed this");
        assertThat(stale.select("#text").text()).isEqualTo("Overwritten");
        assertThat(admin.action(strategyId, id).fields().text()).isEqualTo("Every child has a personal education plan");

        String version = String.valueOf(admin.action(strategyId, id).version());
        Document noReason =
                pages.postWithErrors(page + "/status", "status", "CANCELLED", "reason", " ", "version", version);
        assertThat(noReason.title()).startsWith("Error: ");
        assertThat(noReason.select("#reason-error").text()).contains("Enter the reason");
        assertThat(admin.action(strategyId, id).status()).isEqualTo(ActionStatus.ACTIVE);
        pages.postAndFollow(
                page + "/status", "status", "SUPERSEDED", "reason", "Replaced by action 1b", "version", version);
        assertThat(admin.action(strategyId, id).status()).isEqualTo(ActionStatus.SUPERSEDED);
        assertThat(pages.page(page).select("h2#standing").text()).isEqualTo("Reinstate the action");

        Document history = pages.page(page);
        assertThat(history.select("table.app-table tbody tr").eachText())
                .hasSize(3)
                .satisfiesExactly(
                        superseded -> assertThat(superseded)
                                .contains("SUPERSEDE", "ACTIVE", "SUPERSEDED", "Reason: Replaced by action 1b"),
                        update -> assertThat(update)
                                .contains(
                                        "UPDATE",
                                        "Head of Virtual School (lead.",
                                        "September 2025",
                                        "Ongoing",
                                        "NHS Testshire"),
                        create -> assertThat(create).contains("CREATE", "1a"));
        Document trail = pages.page("/admin/audit", "item", "action", "itemId", String.valueOf(id));
        assertThat(trail.select("tbody tr")).hasSize(3);
    }

    @Test
    void badInputIsShownBesideItsFieldAndChangesNothing() throws Exception {
        AdminPages pages = AdminPages.as(mvc, "admin");
        String base = "/admin/strategies/" + slug + "/actions";
        Document due = pages.postWithErrors(
                base + "/new",
                with(newAction(), "due", "after the summer", "lead1Title", "", "lead1User", officer, "ref", "1 a"));
        assertThat(due.title()).startsWith("Error: ");
        assertThat(due.select("#due-error").text())
                .contains("Enter when the action is due as a date (31 March 2025), a month");
        assertThat(due.select("#due").val()).isEqualTo("after the summer");
        assertThat(due.select("#lead1Title-error").text()).contains("Enter the job title of this lead");
        assertThat(due.select("#ref-error").text()).contains("Enter a ref");
        assertThat(due.select(".govuk-error-summary a").eachAttr("href")).contains("#due", "#lead1Title", "#ref");

        Document wrongStatement =
                pages.postWithErrors(base + "/new", with(newAction(), "statementId", String.valueOf(homesStatement)));
        assertThat(wrongStatement.select("#statementId-error").text()).contains("statement of the chosen priority");

        pages.postAndFollow(base + "/new", newAction());
        Document taken = pages.postWithErrors(base + "/new", newAction());
        assertThat(taken.select("#ref-error").text()).contains("already has the ref 1a");
        assertThat(admin.actions(strategyId)).hasSize(1);
    }

    /**
     * Some plans (Bury's) name the partners that lead an action and no officer: such an action is saved, and saved again
     * unchanged; an action with neither a lead nor a partner is refused beside the first lead's job title.
     */
    @Test
    void anActionLedByPartnersNeedsNoOfficerButOneWithNeitherIsRefused() throws Exception {
        AdminPages pages = AdminPages.as(mvc, "admin");
        String base = "/admin/strategies/" + slug + "/actions";
        String[] partnersOnly = with(newAction(), "lead1Title", "", "lead1User", "", "lead2Title", "");
        pages.postAndFollow(base + "/new", partnersOnly);
        long id = admin.actions(strategyId).getFirst().id();
        assertThat(admin.action(strategyId, id).fields().leads()).isEmpty();
        Document edit = pages.page(base + "/" + id + "/edit");
        assertThat(pages.postAndFollow(base + "/" + id + "/edit", AdminPages.fieldsOf(edit, "main form")))
                .endsWith("/actions/" + id);

        Document neither = pages.postWithErrors(base + "/new", with(partnersOnly, "ref", "1b", "partnerIds", ""));
        assertThat(neither.select("#lead1Title-error").text()).contains(ActionFields.NO_LEAD);
        assertThat(admin.actions(strategyId)).hasSize(1);
    }

    @Test
    void valuesOfTheWrongTypeAreRefusedBesideTheirFieldsWithEveryOtherProblemAtOnce() throws Exception {
        AdminPages pages = AdminPages.as(mvc, "admin");
        String base = "/admin/strategies/" + slug + "/actions";
        Document page = pages.postWithErrors(
                base + "/new",
                with(
                        newAction(),
                        "priorityId",
                        "two",
                        "statementId",
                        "the first",
                        "lead2User",
                        "nurse",
                        "partnerIds",
                        "school",
                        "ref",
                        "",
                        "due",
                        "after the summer"));
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
                .contains("#priorityId", "#statementId", "#lead2User", "#partnerIds", "#ref", "#due");
        assertThat(page.select("#priorityId-error").text()).contains("Choose a priority from the list");
        assertThat(page.select("#statementId-error").text()).contains("Choose a statement from the list");
        assertThat(page.select("#lead2User-error").text()).contains("Choose an officer from the list");
        assertThat(page.select("#partnerIds-error").text()).contains("Choose partners from the list");
        assertThat(page.select("#ref-error").text()).contains("Enter the ref");
        assertThat(page.select("#due-error").text())
                .contains("Enter when the action is due as a date (31 March 2025), a month");
        assertThat(page.select("#due").val()).isEqualTo("after the summer");
        assertThat(page.select("#lead2Title").val()).isEqualTo("Designated Nurse");
        assertThat(page.select("#text").text()).isEqualTo("Every child has a personal education plan");

        String action = pages.postAndFollow(base + "/new", newAction());
        long id = Long.parseLong(action.substring(action.lastIndexOf('/') + 1));
        String version = String.valueOf(admin.action(strategyId, id).version());
        Document status =
                pages.postWithErrors(action + "/status", "status", "FINISHED", "reason", " ", "version", version);
        assertThat(status.select("#status-error").text()).contains("Choose what happens to the action");
        assertThat(status.select("#reason-error").text()).contains("Enter the reason");
        Document stale = pages.postWithErrors(
                action + "/status", "status", "CANCELLED", "reason", "Not needed", "version", "one");
        assertThat(stale.select(".govuk-error-summary").text()).contains("The page was out of date");
        assertThat(stale.select("#reason").text()).isEqualTo("Not needed");
        assertThat(admin.actions(strategyId))
                .singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo(ActionStatus.ACTIVE));
    }

    @Test
    void movesAnActionWithinItsPriorityAndRefusesAStaleMove() throws Exception {
        AdminPages pages = AdminPages.as(mvc, "admin");
        String base = "/admin/strategies/" + slug + "/actions";
        String first = pages.postAndFollow(base + "/new", newAction());
        String second = pages.postAndFollow(
                base + "/new", with(newAction(), "ref", "1b", "text", "Every care leaver has a personal adviser"));
        long firstId = Long.parseLong(first.substring(first.lastIndexOf('/') + 1));
        long secondId = Long.parseLong(second.substring(second.lastIndexOf('/') + 1));
        assertThat(boardOrder()).containsExactly("1a", "1b");

        Document list = pages.page(base);
        assertThat(list.select("tbody tr").first().select("button").eachText())
                .as("the first of its priority only moves down")
                .containsExactly("Down: action 1a");
        String[] move = fieldsOf(list, "form[action$='/actions/" + secondId + "/move']");
        String back = pages.postAndFollow(base + "/" + secondId + "/move", with(move, "direction", "UP"));
        assertThat(back).isEqualTo(base);
        assertThat(boardOrder()).containsExactly("1b", "1a");
        assertThat(pages.page(base).select("tbody tr td.app-ref").eachText()).containsExactly("1b", "1a");

        // The same page again: the action has moved since, so its version is out of date.
        pages.postAndFollow(base + "/" + secondId + "/move", with(move, "direction", "DOWN"));
        assertThat(boardOrder()).as("a stale move changes nothing").containsExactly("1b", "1a");
        assertThat(pages.page(base).select(".govuk-error-summary").text()).contains("Someone else changed this");
        pages.postAndFollow(base + "/" + secondId + "/move", "direction", "DOWN");
        assertThat(boardOrder()).as("a move without a version changes nothing").containsExactly("1b", "1a");
        assertThat(pages.page(base).select(".govuk-error-summary").text()).contains("The page was out of date");
        String current = String.valueOf(admin.action(strategyId, secondId).version());
        for (String tampered : List.of("sideways", "down", "")) {
            pages.postAndFollow(base + "/" + secondId + "/move", "direction", tampered, "version", current);
            assertThat(boardOrder())
                    .as("a direction of " + tampered + " moves nothing")
                    .containsExactly("1b", "1a");
            assertThat(pages.page(base).select(".govuk-error-summary").text()).contains("The page was out of date");
        }
        pages.postAndFollow(base + "/" + secondId + "/move", "direction", "DOWN", "version", current);
        assertThat(boardOrder()).containsExactly("1a", "1b");

        Document trail = pages.page("/admin/audit", "item", "action", "itemId", String.valueOf(firstId));
        assertThat(trail.select("tbody tr").eachText())
                .anySatisfy(t -> assertThat(t).contains("MOVE action", "position", "1", "2"));
    }

    /** The refs of the board's action plan, in the order it lists them. */
    private List<String> boardOrder() throws Exception {
        String text = AdminPages.as(mvc, "admin")
                .page("/strategies/" + slug + "/actions")
                .text();
        int a = text.indexOf("Every child has a personal education plan");
        int b = text.indexOf("Every care leaver has a personal adviser");
        assertThat(a).isNotNegative();
        assertThat(b).isNotNegative();
        return a < b ? List.of("1a", "1b") : List.of("1b", "1a");
    }
}
