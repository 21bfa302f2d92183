package com.cptracker.admin.web;

import static com.cptracker.admin.web.AdminPages.fieldsOf;
import static com.cptracker.admin.web.AdminPages.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.cptracker.audit.AuditService;
import com.cptracker.audit.Change;
import com.cptracker.status.ExceptionRule;
import com.cptracker.strategy.StrategyAdminService;
import com.cptracker.strategy.StrategyService;
import com.cptracker.strategy.StrategyStatus;
import com.cptracker.support.AdminApplicationTest;
import com.cptracker.support.TestStrategies;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** An administrator chooses a strategy's exception rules: every rule a checkbox, two numbers, strict input. */
@AdminApplicationTest
class ExceptionRulesAdminTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    StrategyAdminService strategyAdmin;

    @Autowired
    StrategyService strategies;

    @Autowired
    AuditService audit;

    String page;
    long strategyId;
    AdminPages admin;

    @BeforeEach
    void aStrategy() throws Exception {
        String slug = "rules-" + System.nanoTime();
        strategyId = strategyAdmin.create(TestStrategies.testshire(slug, "Rules test", StrategyStatus.CURRENT));
        page = "/admin/strategies/" + slug + "/exception-rules";
        admin = AdminPages.as(mvc, "admin");
    }

    @Test
    void everyRuleIsOnByDefaultAndUntickingOneWithNewNumbersIsSavedAndAudited() throws Exception {
        Document form = admin.page(page);
        assertThat(form.select("input[name=rules]")).hasSize(ExceptionRule.values().length);
        assertThat(form.select("input[name=rules][checked]")).hasSize(ExceptionRule.values().length);
        assertThat(form.select("label[for=missedTargetQuarters]").text())
                .isEqualTo("Missed its target: how many quarters running");
        assertThat(form.getElementById("missedTargetQuarters").val()).isEqualTo("2");
        assertThat(form.select(".govuk-checkboxes__hint").eachText())
                .contains("An action past its due date and not complete at the end of the quarter.");

        List<String> pairs = new ArrayList<>(List.of(fieldsOf(form, "main form")));
        int at = pairs.indexOf("WORSE_THAN_NEIGHBOURS");
        pairs.remove(at);
        pairs.remove(at - 1);
        String[] changed = with(pairs.toArray(String[]::new), "missedTargetQuarters", "3", "dueDateMoves", "2");
        assertThat(admin.postAndFollow(page, changed))
                .endsWith("/admin/strategies/" + strategies.byId(strategyId).slug());

        var rules = strategies.exceptionRules(strategyId).rules();
        assertThat(rules.isOn(ExceptionRule.WORSE_THAN_NEIGHBOURS)).isFalse();
        assertThat(rules.on()).hasSize(ExceptionRule.values().length - 1);
        assertThat(rules.missedTargetQuarters()).isEqualTo(3);
        assertThat(rules.dueDateMoves()).isEqualTo(2);
        assertThat(audit.historyOf("strategy", strategyId).getFirst().changes())
                .containsExactly(
                        new Change("Worse than statistical neighbours", "on", "off"),
                        new Change("quarters running", "2", "3"),
                        new Change("due date moves", "1", "2"));
        assertThat(admin.page(page).select("input[name=rules][checked]")).hasSize(ExceptionRule.values().length - 1);
    }

    @Test
    void numbersThatAreNotWholeNumbersInRangeAreRefusedBesideTheirFieldsTogether() throws Exception {
        String[] fields = fieldsOf(admin.page(page), "main form");
        Document refused = admin.postWithErrors(
                page, with(fields, "missedTargetQuarters", "two", "dueDateMoves", "9", "rules", "SOMETHING_ELSE"));
        assertThat(refused.title()).startsWith("Error: ");
        assertThat(refused.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactlyInAnyOrder("#missedTargetQuarters", "#dueDateMoves", "#rules");
        assertThat(refused.getElementById("missedTargetQuarters-error").text())
                .contains("Enter how many quarters running as a whole number from 2 to 8, like 3");
        assertThat(refused.getElementById("missedTargetQuarters").val())
                .as("kept as typed")
                .isEqualTo("two");
        assertThat(refused.getElementById("dueDateMoves-error").text())
                .contains("Enter how many moves of a due date are allowed, from 1 to 5");
        assertThat(refused.getElementById("rules-error").text()).contains("Choose rules from the list");
        assertThat(strategies.exceptionRules(strategyId).rules().missedTargetQuarters())
                .isEqualTo(2);

        Document empty = admin.postWithErrors(page, with(fields, "missedTargetQuarters", "", "dueDateMoves", "0"));
        assertThat(empty.getElementById("missedTargetQuarters-error").text())
                .contains("Enter how many quarters running, from 2 to 8");
        assertThat(empty.getElementById("dueDateMoves-error").text())
                .contains("Enter how many moves of a due date are allowed, from 1 to 5");
    }

    @Test
    void aStalePageIsRefusedAndChangesNothing() throws Exception {
        String[] fields = fieldsOf(admin.page(page), "main form");
        assertThat(admin.postAndFollow(page, with(fields, "missedTargetQuarters", "4")))
                .isNotNull();
        Document stale = admin.postWithErrors(page, with(fields, "missedTargetQuarters", "5"));
        assertThat(stale.select(".govuk-error-summary").text())
                .contains("Someone else changed this while you were editing it");
        assertThat(strategies.exceptionRules(strategyId).rules().missedTargetQuarters())
                .isEqualTo(4);
    }

    @Test
    void noRuleTickedIsAChoice() throws Exception {
        List<String> pairs = new ArrayList<>(List.of(fieldsOf(admin.page(page), "main form")));
        for (int i = pairs.size() - 2; i >= 0; i -= 2) {
            if (pairs.get(i).equals("rules")) {
                pairs.remove(i + 1);
                pairs.remove(i);
            }
        }
        admin.postAndFollow(page, pairs.toArray(String[]::new));
        assertThat(strategies.exceptionRules(strategyId).rules().on()).isEmpty();
    }
}
