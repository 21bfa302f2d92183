package com.cptracker.admin.web;

import static com.cptracker.admin.web.AdminPages.fieldsOf;
import static com.cptracker.admin.web.AdminPages.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.cptracker.strategy.StrategyAdminService;
import com.cptracker.strategy.StrategyEdits.StrategyEdit;
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

    @Autowired
    MockMvc mvc;

    @Autowired
    StrategyAdminService admin;

    @Autowired
    StrategyService strategies;

    static final String[] NEW = {
        "title",
        "Corporate Parenting Strategy 2030 to 2032",
        "subtitle",
        "",
        "council",
        "Testshire Council",
        "slug",
        "testshire-2030-32",
        "startsOn.day",
        "1",
        "startsOn.month",
        "4",
        "startsOn.year",
        "2030",
        "endsOn.day",
        "31",
        "endsOn.month",
        "3",
        "endsOn.year",
        "2032",
        "status",
        "DRAFT",
        "vision",
        "Every child thrives.",
        "contact",
        "",
        "version",
        ""
    };

    StrategyEdit strategy(String slug) {
        return admin.strategy(strategies.bySlug(slug).id());
    }

    @Test
    void createsChangesAndArchivesAStrategyAndEveryChangeIsAudited() throws Exception {
        AdminPages pages = AdminPages.as(mvc, "admin");
        Document index = pages.page("/admin");
        assertThat(index.select("h1").text()).isEqualTo("Administration");
        assertThat(index.select("a[href=/admin/strategies]")).isNotEmpty();
        assertThat(index.select("a[href=/admin/users]")).isNotEmpty();

        Document form = pages.page("/admin/strategies/new");
        assertThat(form.title()).doesNotStartWith("Error");
        assertThat(form.select("[id=startsOn.day]")).hasSize(1);
        assertThat(form.select("input[name=status][checked]").val()).isEqualTo("DRAFT");

        String strategy = "/admin/strategies/testshire-2030-32";
        assertThat(pages.postAndFollow("/admin/strategies/new", NEW)).isEqualTo(strategy);
        Document page = pages.page(strategy);
        assertThat(page.select("h1").text()).isEqualTo("Corporate Parenting Strategy 2030 to 2032");
        assertThat(page.select(".govuk-notification-banner").text()).contains("Strategy created");
        assertThat(page.text()).contains("1 April 2030 to 31 March 2032", "Every child thrives.");

        Document edit = pages.page(strategy + "/edit");
        assertThat(edit.select("[id=endsOn.year]").val()).isEqualTo("2032");
        String[] fields = fieldsOf(edit, "main form");
        assertThat(pages.postAndFollow(
                        strategy + "/edit",
                        with(fields, "title", "Testshire Corporate Parenting Strategy", "status", "CURRENT")))
                .isEqualTo(strategy);
        assertThat(pages.page(strategy).select(".govuk-notification-banner").text())
                .contains("Strategy saved");
        assertThat(strategy("testshire-2030-32").fields().status()).isEqualTo(StrategyStatus.CURRENT);

        Document stale = pages.postWithErrors(strategy + "/edit", with(fields, "title", "An overwrite"));
        assertThat(stale.title()).startsWith("Error: ");
        assertThat(stale.select(".govuk-error-summary").text())
                .contains("Someone else changed this while you were editing it");
        assertThat(stale.select("#title").val()).as("input kept").isEqualTo("An overwrite");
        assertThat(strategy("testshire-2030-32").title()).isEqualTo("Testshire Corporate Parenting Strategy");

        long version = strategy("testshire-2030-32").version();
        pages.postAndFollow(strategy + "/archive", "version", String.valueOf(version + 1));
        Document refused = pages.page(strategy);
        assertThat(refused.title()).startsWith("Error: ");
        assertThat(refused.select(".govuk-error-summary").text()).contains("Someone else changed this");
        pages.postAndFollow(strategy + "/archive", "version", "ten");
        assertThat(pages.page(strategy).select(".govuk-error-summary").text()).contains("The page was out of date");
        assertThat(strategy("testshire-2030-32").fields().status())
                .as("a stale page archives nothing")
                .isEqualTo(StrategyStatus.CURRENT);
        assertThat(pages.postAndFollow(strategy + "/archive", "version", String.valueOf(version)))
                .isEqualTo(strategy);
        assertThat(strategy("testshire-2030-32").fields().status()).isEqualTo(StrategyStatus.ARCHIVED);
        assertThat(pages.page(strategy).select(".govuk-notification-banner").text())
                .contains("Strategy archived");

        Document trail = pages.page(
                "/admin/audit",
                "item",
                "strategy",
                "itemId",
                String.valueOf(strategy("testshire-2030-32").id()));
        assertThat(trail.select("tbody tr").eachText())
                .hasSize(3)
                .satisfiesExactly(
                        archive -> assertThat(archive).contains("ARCHIVE strategy", "CURRENT", "ARCHIVED"),
                        update -> assertThat(update)
                                .contains(
                                        "UPDATE strategy",
                                        "Corporate Parenting Strategy 2030 to 2032",
                                        "Testshire Corporate Parenting Strategy",
                                        "DRAFT",
                                        "CURRENT"),
                        create -> assertThat(create)
                                .contains("CREATE strategy", "testshire-2030-32", "Testshire Council"));
    }

    @Test
    void aNewWebAddressNameTakesTheAdministratorToTheNewAddress() throws Exception {
        AdminPages pages = AdminPages.as(mvc, "admin");
        pages.postAndFollow("/admin/strategies/new", with(NEW, "slug", "renamed-before"));
        String[] fields = fieldsOf(pages.page("/admin/strategies/renamed-before/edit"), "main form");
        assertThat(pages.postAndFollow("/admin/strategies/renamed-before/edit", with(fields, "slug", "renamed-after")))
                .isEqualTo("/admin/strategies/renamed-after");
        assertThat(strategy("renamed-after").title()).isEqualTo("Corporate Parenting Strategy 2030 to 2032");
        Document taken = pages.postWithErrors(
                "/admin/strategies/renamed-after/edit",
                with(
                        fieldsOf(pages.page("/admin/strategies/renamed-after/edit"), "main form"),
                        "slug",
                        "bury-2024-26"));
        assertThat(taken.select("#slug-error").text()).contains("Another strategy already has this web address");
        assertThat(taken.select("main form").attr("action")).isEqualTo("/admin/strategies/renamed-after/edit");
    }

    @Test
    void badInputIsShownBesideItsFieldWithEveryOtherProblemAndChangesNothing() throws Exception {
        AdminPages pages = AdminPages.as(mvc, "admin");
        long before = strategies.count();
        Document page = pages.postWithErrors(
                "/admin/strategies/new",
                with(NEW, "slug", "Bad Slug!", "title", "", "endsOn.year", "2029", "startsOn.month", "13"));
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary a").eachAttr("href")).contains("#slug", "#title", "#startsOn.day");
        assertThat(page.select("#slug").val()).isEqualTo("Bad Slug!");
        assertThat(page.select("#slug").attr("aria-describedby")).contains("slug-error");
        assertThat(page.select("[id=startsOn.day-error]").text()).contains("real date");
        assertThat(page.select("[id=startsOn.month]").val()).isEqualTo("13");

        Document order = pages.postWithErrors("/admin/strategies/new", with(NEW, "endsOn.year", "2029"));
        assertThat(order.select("[id=endsOn.day-error]").text()).contains("The end date must be after the start date");

        Document missing = pages.postWithErrors(
                "/admin/strategies/new", with(NEW, "endsOn.day", "", "endsOn.month", "", "endsOn.year", ""));
        assertThat(missing.select("[id=endsOn.day-error]").text()).contains("Enter the end date");

        Document taken = pages.postWithErrors("/admin/strategies/new", with(NEW, "slug", "bury-2024-26"));
        assertThat(taken.select("#slug-error").text()).contains("Another strategy already has this web address");

        // A status not of the list is refused beside it, with every other problem at once and the input kept.
        Document status = pages.postWithErrors(
                "/admin/strategies/new",
                with(NEW, "status", "FINISHED", "title", "", "startsOn.day", "32", "endsOn.year", "2020"));
        assertThat(status.select(".govuk-error-summary a").eachAttr("href"))
                .contains("#status", "#title", "#startsOn.day");
        assertThat(status.select("#status-error").text()).contains("Choose a status from the list");
        assertThat(status.select("[id=startsOn.day]").val()).isEqualTo("32");
        assertThat(status.select("[id=startsOn.month]").val()).isEqualTo("4");
        assertThat(status.select("[id=endsOn.year]").val()).isEqualTo("2020");
        assertThat(status.select("#council").val()).isEqualTo("Testshire Council");
        Document version =
                pages.postWithErrors("/admin/strategies/new", with(NEW, "version", "two", "endsOn.year", "2029"));
        assertThat(version.select(".govuk-error-summary").text())
                .contains("The page was out of date", "The end date must be after the start date");
        assertThat(strategies.count()).isEqualTo(before);
    }
}
