package com.cptracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.cptracker.support.DatabaseContents;
import com.cptracker.support.DemoApplicationTest;
import com.cptracker.support.SignedIn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may reach what: every endpoint the application exposes, found from its request mappings so that a new page
 * cannot be missed, crossed with anonymous, board member, officer (on their own item and on someone else's) and
 * administrator. Deny by default: an endpoint with no row in {@link #MATRIX} fails the test. Its requests carry no form
 * values, so none changes anything: it shares the demo application with the other tests, and checks that it left the
 * data as it found it.
 */
@DemoApplicationTest
class RoleMatrixTest {

    /** L = sent to sign in, A = allowed, D = denied (403), N = not found (404). */
    enum O {
        L,
        A,
        D,
        N
    }

    record Row(String method, String pattern, O anonymous, O board, O officerOwn, O officerOther, O admin) {}

    static final List<Row> MATRIX = List.of(
            // method  pattern                                                 anon  board officer other admin
            row("GET", "/login", O.A, O.A, O.A, O.A, O.A),
            row("GET", "/accessibility", O.A, O.A, O.A, O.A, O.A),
            row("GET", "/", O.L, O.A, O.A, O.A, O.A),
            row("GET", "/help/status", O.L, O.A, O.A, O.A, O.A),
            row("GET", "/strategies/{slug}/help/status", O.L, O.A, O.A, O.A, O.A),
            row("GET", "/strategies/{slug}", O.L, O.A, O.A, O.A, O.A),
            row("GET", "/strategies/{slug}/priorities/{number}", O.L, O.A, O.A, O.A, O.A),
            // The demo strategies have no theme: its page is a 404 for everyone (ThemesJourneyTest reads one).
            row("GET", "/strategies/{slug}/themes/{number}", O.L, O.N, O.N, O.N, O.N),
            row("GET", "/strategies/{slug}/scorecard", O.L, O.A, O.A, O.A, O.A),
            row("GET", "/strategies/{slug}/scorecard/{period}", O.L, O.A, O.A, O.A, O.A),
            row("GET", "/strategies/{slug}/scorecard/{period}.xlsx", O.L, O.A, O.A, O.A, O.A),
            row("GET", "/strategies/{slug}/scorecard/{period}.csv", O.L, O.A, O.A, O.A, O.A),
            row("GET", "/strategies/{slug}/action-plan/{period}.xlsx", O.L, O.A, O.A, O.A, O.A),
            row("GET", "/strategies/{slug}/action-plan/{period}.csv", O.L, O.A, O.A, O.A, O.A),
            row("GET", "/strategies/{slug}/actions", O.L, O.A, O.A, O.A, O.A),
            row("GET", "/strategies/{slug}/exceptions", O.L, O.A, O.A, O.A, O.A),
            row("GET", "/strategies/{slug}/exceptions/{period}", O.L, O.A, O.A, O.A, O.A),
            row("GET", "/strategies/{slug}/actions/{ref}", O.L, O.A, O.A, O.A, O.A),
            row("GET", "/strategies/{slug}/measures/{ref}", O.L, O.A, O.A, O.A, O.A),
            row("GET", "/strategies/{slug}/promise", O.L, O.A, O.A, O.A, O.A),
            row("GET", "/strategies/{slug}/you-said-we-did", O.L, O.A, O.A, O.A, O.A),
            row("GET", "/strategies/{slug}/you-said-we-did.pdf", O.L, O.A, O.A, O.A, O.A),
            // a report of recommendations: the demo strategies record none, so report 1 is not found
            row("GET", "/strategies/{slug}/recommendations/{id}", O.L, O.N, O.N, O.N, O.N),
            row("GET", "/strategies/{slug}/pack/{period}", O.L, O.A, O.A, O.A, O.A),
            // the demo strategies have no self-assessment framework: their self-assessment is not found
            row("GET", "/strategies/{slug}/self-assessment", O.L, O.N, O.N, O.N, O.N),
            row("GET", "/strategies/{slug}/self-assessment/{period}", O.L, O.N, O.N, O.N, O.N),
            row("GET", "/strategies/{slug}/pack/{period}.pdf", O.L, O.A, O.A, O.A, O.A),
            // the issues and risks log: anyone signed in reads it and raises an item (a post with no values is shown
            // back with its problems); the demo strategies have none, so item 1 is not found
            row("GET", "/strategies/{slug}/risks", O.L, O.A, O.A, O.A, O.A),
            row("GET", "/strategies/{slug}/risks/new", O.L, O.A, O.A, O.A, O.A),
            row("POST", "/strategies/{slug}/risks/new", O.L, O.A, O.A, O.A, O.A),
            row("GET", "/strategies/{slug}/risks/{id}", O.L, O.N, O.N, O.N, O.N),
            row("GET", "/strategies/{slug}/risks/{id}/edit", O.L, O.N, O.N, O.N, O.N),
            row("POST", "/strategies/{slug}/risks/{id}/edit", O.L, O.N, O.N, O.N, O.N),
            row("GET", "/strategies/{slug}/risks/{id}/review", O.L, O.N, O.N, O.N, O.N),
            row("POST", "/strategies/{slug}/risks/{id}/review", O.L, O.N, O.N, O.N, O.N),
            row("GET", "/strategies/{slug}/risks/{id}/close", O.L, O.N, O.N, O.N, O.N),
            row("POST", "/strategies/{slug}/risks/{id}/close", O.L, O.N, O.N, O.N, O.N),
            row("GET", "/strategies/{slug}/risks/{id}/mitigations/new", O.L, O.N, O.N, O.N, O.N),
            row("POST", "/strategies/{slug}/risks/{id}/mitigations/new", O.L, O.N, O.N, O.N, O.N),
            // its rating scale: administrators only; the demo strategies have no scale, so step 1 is not found
            row("GET", "/admin/strategies/{slug}/risks/scale", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/strategies/{slug}/risks/scale/new", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/admin/strategies/{slug}/risks/scale/new", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/strategies/{slug}/risks/scale/{id}/edit", O.L, O.D, O.D, O.D, O.N),
            row("POST", "/admin/strategies/{slug}/risks/scale/{id}/edit", O.L, O.D, O.D, O.D, O.N),
            row("POST", "/admin/strategies/{slug}/risks/scale/{id}/move", O.L, O.D, O.D, O.D, O.N),
            row("POST", "/admin/strategies/{slug}/risks/scale/{id}/archive", O.L, O.D, O.D, O.D, O.N),
            // the challenge log: everyone reads it; board members and administrators raise (an empty form changes
            // nothing); the demo data has no challenge 1 (who may act on one that exists: ChallengeJourneyTest)
            row("GET", "/strategies/{slug}/challenges", O.L, O.A, O.A, O.A, O.A),
            row("GET", "/strategies/{slug}/challenges/new", O.L, O.A, O.D, O.D, O.A),
            row("POST", "/strategies/{slug}/challenges/new", O.L, O.A, O.D, O.D, O.A),
            row("GET", "/strategies/{slug}/challenges/{id}", O.L, O.N, O.N, O.N, O.N),
            row("POST", "/strategies/{slug}/challenges/{id}/answer", O.L, O.N, O.N, O.N, O.N),
            row("POST", "/strategies/{slug}/challenges/{id}/follow-up", O.L, O.N, O.N, O.N, O.N),
            row("POST", "/strategies/{slug}/challenges/{id}/mark-answered", O.L, O.N, O.N, O.N, O.N),
            row("GET", "/strategies/{slug}/status-settings", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/strategies/{slug}/status-settings", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/strategies/{slug}/quarters", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/strategies/{slug}/quarters/{code}", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/my", O.L, O.D, O.A, O.A, O.A),
            row("GET", "/strategies/{slug}/values", O.L, O.D, O.A, O.A, O.A),
            row("POST", "/strategies/{slug}/values", O.L, O.D, O.A, O.A, O.A),
            row("GET", "/strategies/{slug}/values/template.xlsx", O.L, O.D, O.A, O.A, O.A),
            row("GET", "/strategies/{slug}/values/import", O.L, O.D, O.A, O.A, O.A),
            row("POST", "/strategies/{slug}/values/import", O.L, O.D, O.A, O.A, O.A),
            row("GET", "/strategies/{slug}/values/import/{job}", O.L, O.D, O.N, O.N, O.N),
            row("POST", "/strategies/{slug}/values/import/{job}", O.L, O.D, O.N, O.N, O.N),
            row("GET", "/admin/strategies/{slug}/values/import", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/admin/strategies/{slug}/values/import", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/strategies/{slug}/values/import/{job}", O.L, O.D, O.D, O.D, O.N),
            row("POST", "/admin/strategies/{slug}/values/import/{job}", O.L, O.D, O.D, O.D, O.N),
            row("GET", "/strategies/{slug}/self-assessment/{period}/criteria/{id}", O.L, O.D, O.N, O.N, O.N),
            row("POST", "/strategies/{slug}/self-assessment/{period}/criteria/{id}", O.L, O.D, O.N, O.N, O.N),
            row("GET", "/strategies/{slug}/actions/{ref}/update", O.L, O.D, O.A, O.D, O.A),
            row("POST", "/strategies/{slug}/actions/{ref}/update", O.L, O.D, O.A, O.D, O.A),
            // A work area's update: demo priority 1 does not report as a work area, so it is not found to those allowed
            row("GET", "/strategies/{slug}/priorities/{number}/update", O.L, O.D, O.N, O.N, O.N),
            row("POST", "/strategies/{slug}/priorities/{number}/update", O.L, O.D, O.N, O.N, O.N),
            row("POST", "/strategies/{slug}/priorities/{number}/update/return", O.L, O.D, O.D, O.D, O.N),
            row("GET", "/strategies/{slug}/priorities/{number}/corrections/{period}", O.L, O.D, O.D, O.D, O.N),
            row("POST", "/strategies/{slug}/priorities/{number}/corrections/{period}", O.L, O.D, O.D, O.D, O.N),
            row("GET", "/strategies/{slug}/measures/{ref}/corrections/{period}", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/strategies/{slug}/measures/{ref}/corrections/{period}", O.L, O.D, O.D, O.D, O.A),
            // administration: administrators only
            row("GET", "/admin", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/strategies", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/strategies/new", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/strategies/{slug}", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/strategies/{slug}/actions", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/strategies/{slug}/actions/new", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/strategies/{slug}/actions/{id}", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/strategies/{slug}/actions/{id}/edit", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/strategies/{slug}/edit", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/strategies/{slug}/exception-rules", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/strategies/{slug}/export.xlsx", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/import", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/admin/import", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/import/template.xlsx", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/import/{job}", O.L, O.D, O.D, O.D, O.N),
            row("POST", "/admin/import/{job}", O.L, O.D, O.D, O.D, O.N),
            row("GET", "/admin/strategies/{slug}/governance", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/strategies/{slug}/governance/bodies/new", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/strategies/{slug}/governance/bodies/{id}/edit", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/strategies/{slug}/governance/partners/new", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/strategies/{slug}/governance/partners/{id}/edit", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/strategies/{slug}/measures", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/strategies/{slug}/measures/new", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/strategies/{slug}/measures/{id}", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/strategies/{slug}/measures/{id}/benchmarks", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/strategies/{slug}/measures/{id}/edit", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/strategies/{slug}/measures/{id}/targets", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/strategies/{slug}/priorities/new", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/strategies/{slug}/priorities/{id}", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/strategies/{slug}/priorities/{id}/reporting", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/admin/strategies/{slug}/priorities/{id}/reporting", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/strategies/{slug}/priorities/{id}/edit", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/strategies/{slug}/priorities/{id}/statements/new", O.L, O.D, O.D, O.D, O.A),
            row(
                    "GET",
                    "/admin/strategies/{slug}/priorities/{id}/statements/{statementId}/edit",
                    O.L,
                    O.D,
                    O.D,
                    O.D,
                    O.A),
            row("GET", "/admin/strategies/{slug}/self-assessment", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/strategies/{slug}/self-assessment/framework", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/admin/strategies/{slug}/self-assessment/framework", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/strategies/{slug}/self-assessment/scale/new", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/admin/strategies/{slug}/self-assessment/scale/new", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/strategies/{slug}/self-assessment/scale/{id}/edit", O.L, O.D, O.D, O.D, O.N),
            row("POST", "/admin/strategies/{slug}/self-assessment/scale/{id}/edit", O.L, O.D, O.D, O.D, O.N),
            row("POST", "/admin/strategies/{slug}/self-assessment/scale/{id}/move", O.L, O.D, O.D, O.D, O.N),
            row("POST", "/admin/strategies/{slug}/self-assessment/scale/{id}/archive", O.L, O.D, O.D, O.D, O.N),
            row("GET", "/admin/strategies/{slug}/self-assessment/criteria/new", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/admin/strategies/{slug}/self-assessment/criteria/new", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/strategies/{slug}/self-assessment/criteria/{id}/edit", O.L, O.D, O.D, O.D, O.N),
            row("POST", "/admin/strategies/{slug}/self-assessment/criteria/{id}/edit", O.L, O.D, O.D, O.D, O.N),
            row("POST", "/admin/strategies/{slug}/self-assessment/criteria/{id}/move", O.L, O.D, O.D, O.D, O.N),
            row("POST", "/admin/strategies/{slug}/self-assessment/criteria/{id}/archive", O.L, O.D, O.D, O.D, O.N),
            // The demo strategies record nothing children said: an entry's address is not found.
            row("GET", "/admin/strategies/{slug}/voice", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/strategies/{slug}/voice/new", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/admin/strategies/{slug}/voice/new", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/strategies/{slug}/voice/{id}/edit", O.L, O.D, O.D, O.D, O.N),
            row("POST", "/admin/strategies/{slug}/voice/{id}/edit", O.L, O.D, O.D, O.D, O.N),
            row("POST", "/admin/strategies/{slug}/voice/{id}/archive", O.L, O.D, O.D, O.D, O.N),
            row("GET", "/admin/strategies/{slug}/promises", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/strategies/{slug}/sections", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/strategies/{slug}/sections/new", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/strategies/{slug}/sections/{id}/edit", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/strategies/{slug}/promises/new", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/strategies/{slug}/promises/{id}/edit", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/strategies/{slug}/targets/{year}", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/users", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/users/new", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/users/{id}", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/users/{id}/edit", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/users/{id}/password", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/admin/strategies/new", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/admin/strategies/{slug}/actions/new", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/admin/strategies/{slug}/actions/{id}/edit", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/admin/strategies/{slug}/actions/{id}/move", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/admin/strategies/{slug}/actions/{id}/status", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/admin/strategies/{slug}/archive", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/admin/strategies/{slug}/edit", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/admin/strategies/{slug}/exception-rules", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/admin/strategies/{slug}/governance/bodies/new", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/admin/strategies/{slug}/governance/bodies/{id}/edit", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/admin/strategies/{slug}/governance/partners/new", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/admin/strategies/{slug}/governance/partners/{id}/edit", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/admin/strategies/{slug}/governance/bodies/{id}/archive", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/admin/strategies/{slug}/governance/bodies/{id}/move", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/admin/strategies/{slug}/governance/partners/{id}/archive", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/admin/strategies/{slug}/governance/partners/{id}/move", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/admin/strategies/{slug}/measures/new", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/admin/strategies/{slug}/measures/{id}/active", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/admin/strategies/{slug}/measures/{id}/benchmarks", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/admin/strategies/{slug}/measures/{id}/edit", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/admin/strategies/{slug}/measures/{id}/move", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/admin/strategies/{slug}/measures/{id}/targets", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/admin/strategies/{slug}/priorities/new", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/admin/strategies/{slug}/priorities/{id}/edit", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/admin/strategies/{slug}/priorities/{id}/move", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/admin/strategies/{slug}/priorities/{id}/statements/new", O.L, O.D, O.D, O.D, O.A),
            row(
                    "POST",
                    "/admin/strategies/{slug}/priorities/{id}/statements/{statementId}/edit",
                    O.L,
                    O.D,
                    O.D,
                    O.D,
                    O.A),
            row(
                    "POST",
                    "/admin/strategies/{slug}/priorities/{id}/statements/{statementId}/move",
                    O.L,
                    O.D,
                    O.D,
                    O.D,
                    O.A),
            row("POST", "/admin/strategies/{slug}/priorities/{id}/archive", O.L, O.D, O.D, O.D, O.A),
            row(
                    "POST",
                    "/admin/strategies/{slug}/priorities/{id}/statements/{statementId}/archive",
                    O.L,
                    O.D,
                    O.D,
                    O.D,
                    O.A),
            row("POST", "/admin/strategies/{slug}/promises/new", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/admin/strategies/{slug}/sections/new", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/admin/strategies/{slug}/sections/{id}/edit", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/admin/strategies/{slug}/sections/{id}/move", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/admin/strategies/{slug}/sections/{id}/archive", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/admin/strategies/{slug}/promises/{id}/edit", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/admin/strategies/{slug}/promises/{id}/move", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/admin/strategies/{slug}/promises/{id}/archive", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/admin/strategies/{slug}/targets/{year}", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/strategies/{slug}/recommendations", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/strategies/{slug}/recommendations/new", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/admin/strategies/{slug}/recommendations/new", O.L, O.D, O.D, O.D, O.A),
            // the demo strategies record no report of recommendations: report 1 is not found
            row("GET", "/admin/strategies/{slug}/recommendations/{id}", O.L, O.D, O.D, O.D, O.N),
            row("GET", "/admin/strategies/{slug}/recommendations/{id}/edit", O.L, O.D, O.D, O.D, O.N),
            row("POST", "/admin/strategies/{slug}/recommendations/{id}/edit", O.L, O.D, O.D, O.D, O.N),
            row("POST", "/admin/strategies/{slug}/recommendations/{id}/archive", O.L, O.D, O.D, O.D, O.N),
            row("POST", "/admin/strategies/{slug}/recommendations/{id}/move", O.L, O.D, O.D, O.D, O.N),
            row("GET", "/admin/strategies/{slug}/recommendations/{id}/recommendations/new", O.L, O.D, O.D, O.D, O.N),
            row("POST", "/admin/strategies/{slug}/recommendations/{id}/recommendations/new", O.L, O.D, O.D, O.D, O.N),
            row(
                    "GET",
                    "/admin/strategies/{slug}/recommendations/{id}/recommendations/{recommendationId}/edit",
                    O.L,
                    O.D,
                    O.D,
                    O.D,
                    O.N),
            row(
                    "POST",
                    "/admin/strategies/{slug}/recommendations/{id}/recommendations/{recommendationId}/edit",
                    O.L,
                    O.D,
                    O.D,
                    O.D,
                    O.N),
            row(
                    "POST",
                    "/admin/strategies/{slug}/recommendations/{id}/recommendations/{recommendationId}/archive",
                    O.L,
                    O.D,
                    O.D,
                    O.D,
                    O.N),
            row(
                    "POST",
                    "/admin/strategies/{slug}/recommendations/{id}/recommendations/{recommendationId}/move",
                    O.L,
                    O.D,
                    O.D,
                    O.D,
                    O.N),
            row("POST", "/admin/users/new", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/admin/users/{id}/edit", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/admin/users/{id}/enabled", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/admin/users/{id}/password", O.L, O.D, O.D, O.D, O.A),
            row("GET", "/admin/audit", O.L, O.D, O.D, O.D, O.A),
            // mail: everyone chooses how their notices come; only administrators see the outbox (the retry, posted
            // without a version, is refused back to the outbox page and changes nothing)
            row("GET", "/my/email", O.L, O.A, O.A, O.A, O.A),
            row("POST", "/my/email", O.L, O.A, O.A, O.A, O.A),
            row("GET", "/admin/mail", O.L, O.D, O.D, O.D, O.A),
            row("POST", "/admin/mail/{id}/retry", O.L, O.D, O.D, O.D, O.A),
            // a background job: asked for as job 0, which never exists (who may see one that does: JobPageTest)
            row("GET", "/jobs/{id}", O.L, O.N, O.N, O.N, O.N),
            // the error page answers errors only: requested directly it is not found
            row("GET", "/error", O.N, O.N, O.N, O.N, O.N),
            row("POST", "/error", O.N, O.N, O.N, O.N, O.N));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointHasADeclaredExpectationAndMeetsItForEveryRole() throws Exception {
        TreeSet<String> discovered = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod m :
                        methods.isEmpty() ? List.of(RequestMethod.GET, RequestMethod.POST) : List.copyOf(methods)) {
                    discovered.add(m.name() + " " + pattern);
                }
            }
        }
        List<String> undeclared = discovered.stream()
                .filter(d -> MATRIX.stream().noneMatch(r -> (r.method() + " " + r.pattern()).equals(d)))
                .toList();
        assertThat(undeclared)
                .as("endpoints with no declared expectation: add them to the matrix")
                .isEmpty();

        Map<String, String> contentsBefore = DatabaseContents.of(jdbc);
        Map<String, MockHttpSession> sessions = new LinkedHashMap<>();
        sessions.put("anonymous", null);
        for (String who : List.of("board", "officer", "admin")) {
            sessions.put(who, SignedIn.as(mvc, who).session());
        }
        String ownAction = jdbc.queryForObject("""
                select a.ref from action a join action_lead l on l.action_id = a.id join user_account u
                on u.id = l.user_id where u.username = 'officer' and a.status = 'ACTIVE' order by a.ref limit 1""", String.class);
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Row row : MATRIX) {
            if (!discovered.contains(row.method() + " " + row.pattern())) {
                failures.add("declared but not exposed: " + row.method() + " " + row.pattern());
                continue;
            }
            checked += check(row, "anonymous", sessions.get("anonymous"), row.anonymous(), "1a", failures);
            checked += check(row, "board", sessions.get("board"), row.board(), "1a", failures);
            checked += check(row, "officer (own item)", sessions.get("officer"), row.officerOwn(), ownAction, failures);
            checked +=
                    check(row, "officer (someone else's)", sessions.get("officer"), row.officerOther(), "1a", failures);
            checked += check(row, "admin", sessions.get("admin"), row.admin(), "1a", failures);
        }
        assertThat(failures).isEmpty();
        assertThat(checked).isGreaterThan(100);
        assertThat(DatabaseContents.of(jdbc))
                .as("what the matrix's requests left behind in the shared database")
                .isEqualTo(contentsBefore);
    }

    /**
     * A strategy that does not exist is not found on every page and every button under a strategy's address, whichever
     * controller answers it, before any form is read.
     */
    @Test
    void everyAddressOfAStrategyThatDoesNotExistIsNotFound() throws Exception {
        MockHttpSession admin = SignedIn.as(mvc, "admin").session();
        List<String> failures = new ArrayList<>();
        List<Row> strategyRows =
                MATRIX.stream().filter(r -> r.pattern().contains("{slug}")).toList();
        for (Row row : strategyRows) {
            String path = row.pattern().replace("{slug}", "no-such-strategy").replaceAll("\\{[a-zA-Z]+}", "1");
            var request = request(HttpMethod.valueOf(row.method()), path).session(admin);
            if ("POST".equals(row.method())) {
                request.with(csrf());
            }
            int status = mvc.perform(request).andReturn().getResponse().getStatus();
            if (status != 404) {
                failures.add(row.method() + " " + path + ": " + status);
            }
        }
        assertThat(strategyRows).hasSizeGreaterThan(40);
        assertThat(failures).isEmpty();
    }

    private int check(Row row, String who, MockHttpSession session, O expected, String actionRef, List<String> failures)
            throws Exception {
        String path = row.pattern()
                .replace("/jobs/{id}", "/jobs/0")
                .replace("{job}", "0")
                .replace("{slug}", "cheshire-east-2018-20")
                .replace("{number}", "1")
                .replace("{id}", "1")
                .replace("{statementId}", "1")
                .replace("{recommendationId}", "1")
                .replace("{code}", "2019-20-Q4")
                .replace("{period}", "2019-20-Q3")
                .replace("{year}", "2019-20")
                .replace("{ref}", row.pattern().contains("/measures/") ? "P1.2" : actionRef);
        var request = request(HttpMethod.valueOf(row.method()), path);
        if (session != null) {
            request.session(session);
        }
        if ("POST".equals(row.method())) {
            request.with(csrf());
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        int status = response.getStatus();
        String location = response.getRedirectedUrl();
        boolean toLogin = status == 302 && location != null && location.endsWith("/login");
        O actual = toLogin ? O.L : status == 403 ? O.D : status == 404 ? O.N : status >= 500 ? null : O.A;
        if (actual != expected) {
            failures.add(row.method() + " " + path + " as " + who + ": expected " + expected + " but got " + status
                    + (location == null ? "" : " -> " + location));
        }
        return 1;
    }

    private static Row row(String method, String pattern, O anonymous, O board, O officerOwn, O officerOther, O admin) {
        return new Row(method, pattern, anonymous, board, officerOwn, officerOther, admin);
    }
}
