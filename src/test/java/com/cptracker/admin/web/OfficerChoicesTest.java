package com.cptracker.admin.web;

import static com.cptracker.admin.web.AdminPages.fieldsOf;
import static com.cptracker.admin.web.AdminPages.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cptracker.actions.ActionAdminService;
import com.cptracker.actions.ActionEdits.ActionFields;
import com.cptracker.actions.ActionRecords.Lead;
import com.cptracker.actions.DueDate;
import com.cptracker.common.RejectedInput;
import com.cptracker.measures.MeasureAdminService;
import com.cptracker.measures.MeasureEdits.MeasureFields;
import com.cptracker.measures.MeasureUnit;
import com.cptracker.status.Frequency;
import com.cptracker.status.Polarity;
import com.cptracker.strategy.PriorityAdminService;
import com.cptracker.strategy.StrategyAdminService;
import com.cptracker.strategy.StrategyEdits.PriorityFields;
import com.cptracker.strategy.StrategyService;
import com.cptracker.strategy.StrategyStatus;
import com.cptracker.support.AdminApplicationTest;
import com.cptracker.support.TestStrategies;
import com.cptracker.users.Role;
import com.cptracker.users.UserAdminService;
import com.cptracker.users.UserEdits.UserFields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A measure's owner and an action's lead can only be an account the form offers: an enabled officer, or whoever
 * already holds the job. Any other id (a disabled officer, a board member, an administrator, an id of no account,
 * garbage) is refused beside its field, by the service itself, with the rest of the form kept and nothing saved.
 */
@AdminApplicationTest
class OfficerChoicesTest {

    static final String NOT_OFFERED = "Choose an officer from the list";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StrategyAdminService strategyAdmin;

    @Autowired
    PriorityAdminService priorityAdmin;

    @Autowired
    StrategyService strategies;

    @Autowired
    MeasureAdminService measures;

    @Autowired
    ActionAdminService actions;

    @Autowired
    UserAdminService users;

    String slug;
    long strategyId;
    long priority;
    long officer;
    long disabledOfficer;
    /** Each kind of account that is not offered, by what it is; ids of real accounts. */
    Map<String, Long> notOffered;

    @BeforeEach
    void aStrategyAndAccountsOfEveryKind() {
        slug = "choices-" + System.nanoTime();
        strategyAdmin.create(TestStrategies.testshire(slug, "Choices test", StrategyStatus.CURRENT));
        strategyId = strategies.bySlug(slug).id();
        priority = priorityAdmin.createPriority(
                strategyId, new PriorityFields("Pledge", 1, "Help me learn", null, null, null, null, null, List.of()));
        officer = account("Enabled officer", Role.OFFICER);
        disabledOfficer = account("Disabled officer", Role.OFFICER);
        long admin = jdbc.queryForObject("select id from user_account where username = 'admin'", Long.class);
        users.setEnabled(disabledOfficer, false, users.user(disabledOfficer).version(), admin);
        notOffered = new LinkedHashMap<>();
        notOffered.put("a disabled officer", disabledOfficer);
        notOffered.put("a board member only", account("Board member", Role.BOARD_MEMBER));
        notOffered.put("an administrator only", account("Administrator", Role.ADMINISTRATOR));
        notOffered.put("no account", 987_654_321L);
    }

    private long account(String name, Role role) {
        return users.create(
                "choice." + System.nanoTime(),
                new UserFields(name, null, null, Set.of(role)),
                "a long enough test passphrase");
    }

    String[] newMeasure(String owner) {
        return new String[] {
            "ref",
            "M1",
            "title",
            "Care leavers in suitable homes",
            "definition",
            "",
            "priorityId",
            "",
            "statementId",
            "",
            "unit",
            "PERCENTAGE",
            "polarity",
            "HIGHER_IS_BETTER",
            "frequency",
            "QUARTERLY",
            "ownerTitle",
            "Care Leavers Team Manager",
            "ownerUserId",
            owner,
            "cypPlanPriority",
            "",
            "corporatePriority",
            "",
            "version",
            ""
        };
    }

    String[] newAction(String lead1User, String lead2Title, String lead2User) {
        return new String[] {
            "ref",
            "1a",
            "text",
            "Every child has a personal education plan",
            "priorityId",
            String.valueOf(priority),
            "statementId",
            "",
            "due",
            "Ongoing",
            "lead1Title",
            "Head of Virtual School",
            "lead1User",
            lead1User,
            "lead2Title",
            lead2Title,
            "lead2User",
            lead2User,
            "lead3Title",
            "",
            "lead3User",
            "",
            "successMeasure",
            "",
            "crossReference",
            "",
            "version",
            ""
        };
    }

    @Test
    void aMeasuresOwnerIsAnOfficerTheFormOffers() throws Exception {
        AdminPages pages = AdminPages.as(mvc, "admin");
        String base = "/admin/strategies/" + slug + "/measures";
        Document form = pages.page(base + "/new");
        assertThat(form.select("#ownerUserId option").eachAttr("value"))
                .contains(String.valueOf(officer))
                .doesNotContainAnyElementsOf(
                        notOffered.values().stream().map(String::valueOf).toList());

        for (var wrong : notOffered.entrySet()) {
            Document refused = pages.postWithErrors(base + "/new", newMeasure(String.valueOf(wrong.getValue())));
            assertThat(refused.title()).startsWith("Error: ");
            assertThat(refused.select(".govuk-error-summary a").attr("href"))
                    .as(wrong.getKey())
                    .isEqualTo("#ownerUserId");
            assertThat(refused.select("#ownerUserId-error").text())
                    .as(wrong.getKey())
                    .contains(NOT_OFFERED);
            assertThat(refused.select("#ref").val()).isEqualTo("M1");
            assertThat(refused.select("#ownerTitle").val()).isEqualTo("Care Leavers Team Manager");
            assertThat(refused.select("#ownerUserId option").eachAttr("value"))
                    .as("still not offered")
                    .doesNotContain(String.valueOf(wrong.getValue()));
        }
        for (String garbage : List.of("abc", "-1", "1 or 1=1", "99999999999999999999", "1.5")) {
            assertThat(pages.postWithErrors(base + "/new", newMeasure(garbage))
                            .select("#ownerUserId-error")
                            .text())
                    .as(garbage)
                    .isNotEmpty();
        }
        assertThat(measures.measures(strategyId)).as("nothing saved").isEmpty();
        for (long wrong : notOffered.values()) {
            assertThatThrownBy(() -> measures.create(strategyId, fields(wrong, "M9")))
                    .as("the service itself refuses")
                    .isInstanceOf(RejectedInput.class)
                    .hasMessageContaining(NOT_OFFERED)
                    .extracting(e -> ((RejectedInput) e).field())
                    .isEqualTo("ownerUserId");
        }

        String page = pages.postAndFollow(base + "/new", newMeasure(String.valueOf(officer)));
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        String[] edit = fieldsOf(pages.page(page + "/edit"), "main form");
        for (var wrong : notOffered.entrySet()) {
            Document refused = pages.postWithErrors(
                    page + "/edit", with(edit, "ownerUserId", String.valueOf(wrong.getValue()), "title", "Changed"));
            assertThat(refused.select("#ownerUserId-error").text())
                    .as(wrong.getKey())
                    .contains(NOT_OFFERED);
            assertThat(refused.select("#title").val()).isEqualTo("Changed");
        }
        assertThat(measures.measure(strategyId, id).fields().ownerUserId()).isEqualTo(officer);
        assertThat(measures.measure(strategyId, id).fields().title()).isEqualTo("Care leavers in suitable homes");
    }

    @Test
    void anOwnerNoLongerAnOfficerIsKeptOnAnEditButNeverNewlyChosen() throws Exception {
        AdminPages pages = AdminPages.as(mvc, "admin");
        long leaver = account("Leaving officer", Role.OFFICER);
        long id = measures.create(strategyId, fields(leaver, "M1"));
        long admin = jdbc.queryForObject("select id from user_account where username = 'admin'", Long.class);
        users.setEnabled(leaver, false, users.user(leaver).version(), admin);

        String page = "/admin/strategies/" + slug + "/measures/" + id;
        String[] edit = fieldsOf(pages.page(page + "/edit"), "main form");
        assertThat(edit).contains(String.valueOf(leaver));
        pages.postAndFollow(page + "/edit", with(edit, "title", "Renamed"));
        assertThat(measures.measure(strategyId, id).fields().ownerUserId()).isEqualTo(leaver);

        long other = measures.create(strategyId, fields(null, "M2"));
        assertThatThrownBy(() -> measures.update(
                        strategyId,
                        other,
                        fields(leaver, "M2"),
                        measures.measure(strategyId, other).version()))
                .as("not newly chosen for another measure")
                .isInstanceOf(RejectedInput.class)
                .hasMessageContaining(NOT_OFFERED);
    }

    @Test
    void anActionsLeadIsAnOfficerTheFormOffers() throws Exception {
        AdminPages pages = AdminPages.as(mvc, "admin");
        String base = "/admin/strategies/" + slug + "/actions";
        assertThat(pages.page(base + "/new").select("#lead1User option").eachAttr("value"))
                .contains(String.valueOf(officer))
                .doesNotContainAnyElementsOf(
                        notOffered.values().stream().map(String::valueOf).toList());

        for (var wrong : notOffered.entrySet()) {
            String id = String.valueOf(wrong.getValue());
            Document first = pages.postWithErrors(base + "/new", newAction(id, "", ""));
            assertThat(first.select(".govuk-error-summary a").attr("href"))
                    .as(wrong.getKey())
                    .isEqualTo("#lead1User");
            assertThat(first.select("#lead1User-error").text())
                    .as(wrong.getKey())
                    .contains(NOT_OFFERED);
            assertThat(first.select("#lead1Title").val()).isEqualTo("Head of Virtual School");

            Document second = pages.postWithErrors(base + "/new", newAction(String.valueOf(officer), "Nurse", id));
            assertThat(second.select("#lead2User-error").text())
                    .as(wrong.getKey())
                    .contains(NOT_OFFERED);
            assertThat(second.select("#lead1User-error")).isEmpty();

            Document gap = pages.postWithErrors(
                    base + "/new",
                    with(newAction("", "", ""), "lead1Title", "", "lead3Title", "Nurse", "lead3User", id));
            assertThat(gap.select("#lead3User-error").text())
                    .as("beside the row it was chosen in")
                    .contains(NOT_OFFERED);
        }
        for (String garbage : List.of("abc", "-1", "1 or 1=1", "99999999999999999999")) {
            assertThat(pages.postWithErrors(base + "/new", newAction(garbage, "", ""))
                            .select("#lead1User-error")
                            .text())
                    .as(garbage)
                    .isNotEmpty();
        }
        assertThat(actions.actions(strategyId)).as("nothing saved").isEmpty();
        for (long wrong : notOffered.values()) {
            assertThatThrownBy(() -> actions.create(strategyId, action(wrong)))
                    .as("the service itself refuses")
                    .isInstanceOf(RejectedInput.class)
                    .hasMessageContaining(NOT_OFFERED);
        }

        String page = pages.postAndFollow(base + "/new", newAction(String.valueOf(officer), "", ""));
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        String[] edit = fieldsOf(pages.page(page + "/edit"), "main form");
        for (var wrong : notOffered.entrySet()) {
            Document refused = pages.postWithErrors(
                    page + "/edit", with(edit, "lead1User", String.valueOf(wrong.getValue()), "text", "Changed"));
            assertThat(refused.select("#lead1User-error").text())
                    .as(wrong.getKey())
                    .contains(NOT_OFFERED);
            assertThat(refused.select("#text").text()).isEqualTo("Changed");
        }
        assertThat(actions.action(strategyId, id).fields().leads())
                .containsExactly(new Lead("Head of Virtual School", officer));
    }

    private static MeasureFields fields(Long owner, String ref) {
        return new MeasureFields(
                null,
                null,
                ref,
                "A measure",
                null,
                MeasureUnit.NUMBER,
                Polarity.HIGHER_IS_BETTER,
                Frequency.QUARTERLY,
                null,
                owner,
                null,
                null);
    }

    private ActionFields action(long lead) {
        return new ActionFields(
                priority,
                null,
                "9z",
                "An action",
                DueDate.parse("Ongoing"),
                List.of(new Lead("Lead", lead)),
                Set.of(),
                null,
                null);
    }
}
