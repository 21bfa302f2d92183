package com.cptracker.admin.web;

import static com.cptracker.admin.web.AdminPages.fieldsOf;
import static com.cptracker.admin.web.AdminPages.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import com.cptracker.support.AdminApplicationTest;
import com.cptracker.users.Role;
import com.cptracker.users.UserAdminService;
import com.cptracker.users.UserService;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** An administrator manages accounts: creates, changes roles, sets passwords by a policy, disables; never deletes. */
@AdminApplicationTest
class UserAdminTest {

    static final String GOOD_PASSWORD = "kettle on the landing at four";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdminService admin;

    @Autowired
    UserService users;

    String[] newUser(String username) {
        return new String[] {
            "username",
            username,
            "displayName",
            "Jo Smith",
            "jobTitle",
            "Virtual School Head",
            "email",
            "jo.smith@testshire.gov.uk",
            "roles",
            "OFFICER",
            "password",
            GOOD_PASSWORD
        };
    }

    @Test
    void createsAnAccountThatCanSignInThenChangesAndDisablesIt() throws Exception {
        AdminPages pages = AdminPages.as(mvc, "admin");
        assertThat(pages.page("/admin/users").select("tbody tr").text())
                .contains("Demo officer", "officer", "Care Leavers Team Manager", "Enabled");

        String page = pages.postAndFollow("/admin/users/new", newUser("jo.smith"));
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        assertThat(pages.page(page).text()).contains("Jo Smith", "Virtual School Head", "Officer", "Enabled");
        mvc.perform(formLogin("/login").user("jo.smith").password(GOOD_PASSWORD))
                .andExpect(authenticated());

        Document editPage = pages.page(page + "/edit");
        assertThat(editPage.select(".govuk-breadcrumbs a").eachText())
                .containsExactly("Administration", "Users", "Jo Smith");
        String[] fields = fieldsOf(editPage, "main form");
        pages.postAndFollow(
                page + "/edit", with(fields, "roles", "BOARD_MEMBER", "jobTitle", "Head of Virtual School"));
        assertThat(pages.page(page).select(".govuk-notification-banner").text()).contains("Account jo.smith saved");
        assertThat(admin.user(id).fields().roles()).containsExactly(Role.BOARD_MEMBER);
        Document stale = pages.postWithErrors(page + "/edit", with(fields, "displayName", "Joanne Smith"));
        assertThat(stale.select(".govuk-error-summary").text()).contains("Someone else changed this");
        assertThat(stale.select("#displayName").val()).isEqualTo("Joanne Smith");
        assertThat(admin.user(id).displayName()).isEqualTo("Jo Smith");

        Document weak = pages.postWithErrors(
                page + "/password",
                "password",
                "password1234",
                "version",
                String.valueOf(admin.user(id).version()));
        assertThat(weak.select("#password-error").text()).contains("commonly used password");
        assertThat(weak.select("#password").attr("value"))
                .as("a password is never shown back")
                .isEmpty();
        pages.postAndFollow(
                page + "/password",
                "password",
                "a much longer new passphrase",
                "version",
                String.valueOf(admin.user(id).version()));
        assertThat(pages.page(page).select(".govuk-notification-banner").text())
                .contains("New password set for jo.smith");
        mvc.perform(formLogin("/login").user("jo.smith").password(GOOD_PASSWORD))
                .andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user("jo.smith").password("a much longer new passphrase"))
                .andExpect(authenticated());

        long version = admin.user(id).version();
        pages.postAndFollow(page + "/enabled", "enabled", "false", "version", String.valueOf(version + 1));
        Document refused = pages.page(page);
        assertThat(refused.title()).startsWith("Error: ");
        assertThat(refused.select(".govuk-error-summary").text()).contains("Someone else changed this");
        pages.postAndFollow(page + "/enabled", "enabled", "false", "version", "7x");
        assertThat(pages.page(page).select(".govuk-error-summary").text()).contains("The page was out of date");
        pages.postAndFollow(page + "/enabled", "enabled", "maybe", "version", String.valueOf(version));
        assertThat(pages.page(page).select(".govuk-error-summary").text()).contains("The page was out of date");
        assertThat(admin.user(id).enabled())
                .as("a stale or tampered button changes nothing")
                .isTrue();
        pages.postAndFollow(page + "/enabled", "enabled", "false", "version", String.valueOf(version));
        assertThat(pages.page(page).select(".govuk-notification-banner").text()).contains("Account jo.smith disabled");
        assertThat(admin.user(id).enabled()).isFalse();
        mvc.perform(formLogin("/login").user("jo.smith").password("a much longer new passphrase"))
                .andExpect(unauthenticated());
        assertThat(users.findByUsername("jo.smith")).as("never deleted").isPresent();

        Document trail = pages.page("/admin/audit", "item", "user", "itemId", String.valueOf(id));
        assertThat(trail.select("tbody tr").eachText())
                .hasSize(4)
                .satisfiesExactly(
                        disabled -> assertThat(disabled).contains("DISABLE user", "enabled", "true", "false"),
                        password ->
                                assertThat(password).contains("PASSWORD user").doesNotContain(GOOD_PASSWORD),
                        update -> assertThat(update)
                                .contains("UPDATE user", "Officer", "Board member", "Head of Virtual School"),
                        create -> assertThat(create)
                                .contains("CREATE user", "jo.smith", "Jo Smith", "password", "set")
                                .doesNotContain(GOOD_PASSWORD));
    }

    @Test
    void weakPasswordsTakenUsernamesAndMissingRolesAreRefused() throws Exception {
        AdminPages pages = AdminPages.as(mvc, "admin");
        long before = admin.all().size();
        Document shortOne = pages.postWithErrors(
                "/admin/users/new", with(newUser("sam.jones"), "password", "tooshort", "roles", ""));
        assertThat(shortOne.title()).startsWith("Error: ");
        assertThat(shortOne.select("#password-error").text()).contains("at least 12 characters");
        assertThat(shortOne.select("#roles-error").text()).contains("Choose at least one role");
        assertThat(shortOne.select("#username").val()).isEqualTo("sam.jones");
        assertThat(shortOne.select("#password").attr("value")).isEmpty();

        assertThat(pages.postWithErrors("/admin/users/new", with(newUser("sam.jones"), "password", "qwerty123456"))
                        .select("#password-error")
                        .text())
                .contains("commonly used password");
        assertThat(pages.postWithErrors("/admin/users/new", with(newUser("sam.jones"), "password", "demo-password"))
                        .select("#password-error")
                        .text())
                .contains("commonly used password");
        assertThat(pages.postWithErrors(
                                "/admin/users/new", with(newUser("sam.jones"), "password", "sam.jones is my name"))
                        .select("#password-error")
                        .text())
                .contains("must not contain the username");
        assertThat(pages.postWithErrors("/admin/users/new", newUser("Officer"))
                        .select("#username-error")
                        .text())
                .contains("Another account already has this username");
        assertThat(pages.postWithErrors("/admin/users/new", with(newUser("sam jones!"), "email", "not an email"))
                        .select(".govuk-error-summary a")
                        .eachAttr("href"))
                .contains("#username", "#email");
        assertThat(pages.postWithErrors("/admin/users/new", newUser("sam jones!"))
                        .select("#username-error")
                        .text())
                .contains("Use 2 to 60 letters, numbers, dots, hyphens, underscores or @ in the username");
        assertThat(pages.postWithErrors("/admin/users/new", newUser(" "))
                        .select("#username-error")
                        .text())
                .contains("Enter a username");
        assertThat(admin.all()).hasSize((int) before);
    }

    @Test
    void aRoleNotOfTheListIsRefusedBesideItWithEveryOtherProblemAtOnce() throws Exception {
        AdminPages pages = AdminPages.as(mvc, "admin");
        long before = admin.all().size();
        Document form = pages.page("/admin/users/new");
        assertThat(form.select("input[name=roles]").eachAttr("value"))
                .containsExactly("BOARD_MEMBER", "OFFICER", "ADMINISTRATOR");
        assertThat(form.select("#roles-OFFICER").attr("aria-describedby")).isEqualTo("roles-OFFICER-hint");
        assertThat(form.select("#roles-OFFICER-hint").text()).contains("Updates the actions they lead");

        Document page = pages.postWithErrors(
                "/admin/users/new",
                with(newUser("sam.jones"), "roles", "SUPERUSER", "displayName", "", "email", "not an email"));
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary a").eachAttr("href")).contains("#roles", "#displayName", "#email");
        assertThat(pages.postWithErrors("/admin/users/new", with(newUser("sam jones!"), "roles", "SUPERUSER"))
                        .select(".govuk-error-summary a")
                        .eachAttr("href"))
                .as("a new account's own checks run too when another field could not be converted")
                .contains("#roles", "#username");
        assertThat(page.select("#roles-error").text()).contains("Choose roles from the list");
        assertThat(page.select("#email").val()).as("typed input kept").isEqualTo("not an email");
        assertThat(page.select("#username").val()).isEqualTo("sam.jones");
        assertThat(page.select("#password").attr("value"))
                .as("a password is never shown back")
                .isEmpty();

        long officer = users.findByUsername("officer").orElseThrow().id();
        String[] fields = fieldsOf(pages.page("/admin/users/" + officer + "/edit"), "main form");
        assertThat(pages.page("/admin/users/" + officer + "/edit")
                        .select("input[name=roles][checked]")
                        .val())
                .isEqualTo("OFFICER");
        Document edit = pages.postWithErrors(
                "/admin/users/" + officer + "/edit", with(fields, "roles", "KING", "version", "v1"));
        assertThat(edit.select(".govuk-error-summary").text())
                .contains("Choose roles from the list", "The page was out of date");
        assertThat(admin.user(officer).fields().roles()).containsExactly(Role.OFFICER);
        assertThat(admin.all()).hasSize((int) before);
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() throws Exception {
        AdminPages pages = AdminPages.as(mvc, "admin");
        long me = users.findByUsername("admin").orElseThrow().id();
        Document mine = pages.page("/admin/users/" + me);
        assertThat(mine.select("form[action$=/enabled]"))
                .as("no disable button on one's own account")
                .isEmpty();
        pages.postAndFollow(
                "/admin/users/" + me + "/enabled",
                "enabled",
                "false",
                "version",
                String.valueOf(admin.user(me).version()));
        assertThat(pages.page("/admin/users/" + me)
                        .select(".govuk-error-summary")
                        .text())
                .contains("You cannot disable your own account");
        Document roles = pages.postWithErrors(
                "/admin/users/" + me + "/edit",
                with(fieldsOf(pages.page("/admin/users/" + me + "/edit"), "main form"), "roles", "OFFICER"));
        assertThat(roles.select("#roles-error").text()).contains("administrator role from your own account");
        assertThat(admin.user(me).enabled()).isTrue();
        assertThat(admin.user(me).fields().roles()).isEqualTo(Set.of(Role.ADMINISTRATOR));
    }

    @Test
    void anOfficersPageListsTheActionsTheyLeadAndMeasuresTheyOwn() throws Exception {
        AdminPages pages = AdminPages.as(mvc, "admin");
        long officer = users.findByUsername("officer").orElseThrow().id();
        Document page = pages.page("/admin/users/" + officer);
        // Counted on the demo strategy: journeys of other tests may give the demo officer items of their own
        // strategies.
        String demo = "a[href^=/admin/strategies/cheshire-east-2018-20/]";
        assertThat(page.select("ul[aria-labelledby=leads] li:has(" + demo + ")"))
                .hasSize(18);
        assertThat(page.select("ul[aria-labelledby=owns] li:has(" + demo + ")")).hasSize(12);
        assertThat(page.select("ul[aria-labelledby=leads] a").first().attr("href"))
                .startsWith("/admin/strategies/cheshire-east-2018-20/actions/");
    }
}
