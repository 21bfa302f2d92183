package com.cptracker.admin.web;

import static com.cptracker.admin.web.AdminPages.fieldsOf;
import static com.cptracker.admin.web.AdminPages.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.cptracker.strategy.StrategyAdminService;
import com.cptracker.strategy.StrategyService;
import com.cptracker.strategy.StrategyStatus;
import com.cptracker.support.AdminApplicationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** An administrator creates, changes and archives a strategy; bad input and stale pages change nothing. */
@AdminApplicationTest
class StrategyAdminTest {

    @Autowired MockMvc mvc;
    @Autowired StrategyAdminService admin;
    @Autowired StrategyService strategies;

    static final String[] NEW = {"title", "Corporate Parenting Strategy 2030 to 2032", "subtitle", "",
            "council", "Testshire Council", "slug", "testshire-2030-32", "startsOnDay", "1", "startsOnMonth", "4",
            "startsOnYear", "2030", "endsOnDay", "31", "endsOnMonth", "3", "endsOnYear", "2032", "status", "DRAFT",
            "vision", "Every child thrives.", "contact", "", "version", ""};

    @Test
    void createsChangesAndArchivesAStrategyAndEveryChangeIsAudited() throws Exception {
        AdminPages pages = AdminPages.as(mvc, "admin");
        Document index = pages.page("/admin");
        assertThat(index.select("h1").text()).isEqualTo("Administration");
        assertThat(index.select("a[href=/admin/strategies]")).isNotEmpty();
        assertThat(index.select("a[href=/admin/users]")).isNotEmpty();

        Document form = pages.page("/admin/strategies/new");
        assertThat(form.title()).doesNotStartWith("Error");
        assertThat(form.select("#startsOnDay")).hasSize(1);

        assertThat(pages.postAndFollow("/admin/strategies/new", NEW)).isEqualTo("/admin/strategies/testshire-2030-32");
        Document page = pages.page("/admin/strategies/testshire-2030-32");
        assertThat(page.select("h1").text()).isEqualTo("Corporate Parenting Strategy 2030 to 2032");
        assertThat(page.select(".govuk-notification-banner").text()).contains("Strategy created");
        assertThat(page.text()).contains("1 April 2030 to 31 March 2032", "Every child thrives.");

        Document edit = pages.page("/admin/strategies/testshire-2030-32/edit");
        String[] fields = fieldsOf(edit, "main form");
        assertThat(pages.postAndFollow("/admin/strategies/testshire-2030-32/edit",
                with(fields, "title", "Testshire Corporate Parenting Strategy", "status", "CURRENT")))
                .isEqualTo("/admin/strategies/testshire-2030-32");
        assertThat(admin.strategy("testshire-2030-32").fields().status()).isEqualTo(StrategyStatus.CURRENT);

        Document stale = pages.postWithErrors("/admin/strategies/testshire-2030-32/edit",
                with(fields, "title", "An overwrite"));
        assertThat(stale.title()).startsWith("Error: ");
        assertThat(stale.select(".govuk-error-summary").text())
                .contains("Someone else changed this while you were editing it");
        assertThat(stale.select("#title").val()).as("input kept").isEqualTo("An overwrite");
        assertThat(admin.strategy("testshire-2030-32").title()).isEqualTo("Testshire Corporate Parenting Strategy");

        long version = admin.strategy("testshire-2030-32").version();
        assertThat(pages.postAndFollow("/admin/strategies/testshire-2030-32/archive", "version",
                String.valueOf(version))).isEqualTo("/admin/strategies/testshire-2030-32");
        assertThat(admin.strategy("testshire-2030-32").fields().status()).isEqualTo(StrategyStatus.ARCHIVED);

        Document trail = pages.page("/admin/audit", "item", "strategy", "itemId",
                String.valueOf(admin.strategy("testshire-2030-32").id()));
        assertThat(trail.select("tbody tr").eachText()).hasSize(3).satisfiesExactly(
                archive -> assertThat(archive).contains("ARCHIVE strategy", "CURRENT", "ARCHIVED"),
                update -> assertThat(update).contains("UPDATE strategy", "Corporate Parenting Strategy 2030 to 2032",
                        "Testshire Corporate Parenting Strategy", "DRAFT", "CURRENT"),
                create -> assertThat(create).contains("CREATE strategy", "testshire-2030-32", "Testshire Council"));
    }

    @Test
    void badInputIsShownBesideItsFieldAndChangesNothing() throws Exception {
        AdminPages pages = AdminPages.as(mvc, "admin");
        long before = strategies.count();
        Document page = pages.postWithErrors("/admin/strategies/new", with(NEW, "slug", "Bad Slug!",
                "title", "", "endsOnYear", "2029", "startsOnMonth", "13"));
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
                .contains("#slug", "#title", "#startsOnDay");
        assertThat(page.select("#slug").val()).isEqualTo("Bad Slug!");
        assertThat(page.select("#slug").attr("aria-describedby")).contains("slug-error");
        assertThat(page.select("#startsOnDay-error").text()).contains("real date");
        assertThat(page.select("#startsOnMonth").val()).isEqualTo("13");

        Document order = pages.postWithErrors("/admin/strategies/new", with(NEW, "endsOnYear", "2029"));
        assertThat(order.select("#endsOnDay-error").text()).contains("The end date must be after the start date");

        Document taken = pages.postWithErrors("/admin/strategies/new", with(NEW, "slug", "bury-2024-26"));
        assertThat(taken.select("#slug-error").text()).contains("Another strategy already has this web address");
        assertThat(strategies.count()).isEqualTo(before);
    }
}
