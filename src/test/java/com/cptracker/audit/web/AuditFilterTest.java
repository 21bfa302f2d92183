package com.cptracker.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.cptracker.governance.GovernanceAdminService;
import com.cptracker.governance.GovernanceEdits.PartnerFields;
import com.cptracker.strategy.StrategyService;
import com.cptracker.support.AdminApplicationTest;
import com.cptracker.support.SignedIn;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The audit trail's filter is a GET form of typed fields: an item number and GOV.UK dates. What cannot be read is shown
 * beside its field as typed, every problem at once, and the trail is filtered by the rest.
 */
@AdminApplicationTest
class AuditFilterTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    GovernanceAdminService governance;

    @Autowired
    StrategyService strategies;

    @Autowired
    Clock clock;

    @Test
    void filtersByItemAndByDayBothEndsIncluded() throws Exception {
        SignedIn admin = SignedIn.as(mvc, "admin");
        long strategy = strategies.bySlug("bury-2024-26").id();
        long id = governance.createPartner(
                strategy, new PartnerFields("Audit filter partner " + System.nanoTime(), null));
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));

        Document page = admin.page(
                "/admin/audit",
                "item",
                "partner",
                "itemId",
                String.valueOf(id),
                "from.day",
                day(today),
                "from.month",
                month(today),
                "from.year",
                year(today),
                "to.day",
                day(today),
                "to.month",
                month(today),
                "to.year",
                year(today));
        assertThat(page.title()).doesNotStartWith("Error");
        assertThat(page.select("tbody tr"))
                .hasSize(1)
                .first()
                .extracting(r -> r.text())
                .asString()
                .contains("CREATE partner");
        assertThat(page.getElementById("from.day").val()).isEqualTo(day(today));
        assertThat(page.getElementById("itemId").val()).isEqualTo(String.valueOf(id));

        LocalDate tomorrow = today.plusDays(1);
        assertThat(admin.page(
                                "/admin/audit",
                                "item",
                                "partner",
                                "itemId",
                                String.valueOf(id),
                                "from.day",
                                day(tomorrow),
                                "from.month",
                                month(tomorrow),
                                "from.year",
                                year(tomorrow))
                        .text())
                .contains("No changes match.");
        LocalDate yesterday = today.minusDays(1);
        assertThat(admin.page(
                                "/admin/audit",
                                "item",
                                "partner",
                                "itemId",
                                String.valueOf(id),
                                "to.day",
                                day(yesterday),
                                "to.month",
                                month(yesterday),
                                "to.year",
                                year(yesterday))
                        .text())
                .contains("No changes match.");
    }

    @Test
    void anItemNumberAndDatesThatCannotBeReadAreShownAsTypedEachBesideItsFieldAllAtOnce() throws Exception {
        Document page = SignedIn.as(mvc, "admin")
                .page(
                        "/admin/audit",
                        "user",
                        "admin",
                        "itemId",
                        "forty two",
                        "from.day",
                        "31",
                        "from.month",
                        "2",
                        "from.year",
                        "2020",
                        "to.day",
                        "1",
                        "to.month",
                        "",
                        "to.year",
                        "");
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary a"))
                .extracting(a -> a.attr("href"))
                .containsExactly("#itemId", "#from.day", "#to.day");
        assertThat(page.getElementById("itemId-error").text()).contains("Enter the item number as a whole number");
        assertThat(page.getElementById("itemId").val()).isEqualTo("forty two");
        assertThat(page.getElementById("from.day-error").text()).contains("The from date must be a real date");
        assertThat(page.getElementById("from.day").val()).isEqualTo("31");
        assertThat(page.getElementById("from.month").val()).isEqualTo("2");
        assertThat(page.getElementById("to.day-error").text()).contains("must include a day, month and year");
        assertThat(page.getElementById("user").val()).isEqualTo("admin");
        assertThat(page.select("form[method=get] input[name=from.day]"))
                .as("a GET form, without JavaScript")
                .hasSize(1);
    }

    private static String day(LocalDate d) {
        return String.valueOf(d.getDayOfMonth());
    }

    private static String month(LocalDate d) {
        return String.valueOf(d.getMonthValue());
    }

    private static String year(LocalDate d) {
        return String.valueOf(d.getYear());
    }
}
