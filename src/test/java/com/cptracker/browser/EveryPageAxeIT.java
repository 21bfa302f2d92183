package com.cptracker.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page the application serves, found from its request mappings so a new page cannot be missed, opened as an
 * administrator (who may see them all) and checked with axe at desktop and mobile widths.
 */
class EveryPageAxeIT extends BrowserTestBase {

    static final String S = "cheshire-east-2018-20";

    @Autowired JdbcTemplate jdbc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Test
    void everyPageMeetsWcag22AaAtBothWidths() {
        TreeSet<String> patterns = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            var methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                info.getPatternValues().stream().filter(p -> !p.equals("/error") && !p.equals("/login"))
                        .forEach(patterns::add);
            }
        }
        Map<String, String> ids = Map.of(
                "actions", id("select id from action where ref = '1a' and strategy_id = " + strategy()),
                "measures", id("select id from measure where ref = 'P1.2' and strategy_id = " + strategy()),
                "priorities", id("select id from priority where number = 1 and strategy_id = " + strategy()),
                "promises", id("select min(id) from promise where strategy_id = " + strategy()),
                "bodies", id("select min(id) from governance_body where strategy_id = " + strategy()),
                "partners", id("select min(id) from partner_organisation where strategy_id = " + strategy()),
                "users", id("select id from user_account where username = 'officer'"));
        String statement = id("select min(s.id) from priority_statement s join priority p on p.id = s.priority_id "
                + "where p.number = 1 and p.strategy_id = " + strategy());

        Journey journey = journey("every-page");
        Page page = journey.page();
        signIn(journey, "admin");
        int checked = 0;
        for (String pattern : patterns) {
            String path = pattern.replace("{slug}", S).replace("{number}", "1").replace("{code}", "2019-20-Q4")
                    .replace("{period}", "2019-20-Q3").replace("{statementId}", statement)
                    .replace("{ref}", pattern.contains("/measures/") ? "P1.2" : "1a");
            for (var e : ids.entrySet()) {
                path = path.replace(e.getKey() + "/{id}", e.getKey() + "/" + e.getValue());
            }
            assertThat(path).as(pattern).doesNotContain("{");
            var response = page.navigate(journey.url(path));
            assertThat(response.status()).as(path).isLessThan(400);
            journey.check(pattern.replaceAll("[^a-z0-9]+", "-"));
            checked++;
        }
        assertThat(checked).isGreaterThan(40);
    }

    private String strategy() {
        return String.valueOf(jdbc.queryForObject("select id from strategy where slug = ?", Long.class, S));
    }

    private String id(String sql) {
        return String.valueOf(jdbc.queryForObject(sql, Long.class));
    }

}
