package com.cptracker.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import com.cptracker.strategy.StrategyRecords.PriorityDetail;
import com.cptracker.strategy.StrategyRecords.PriorityHeading;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** How a priority and a theme are named, chosen in a filter and found on a page; and an edition from before themes. */
class PriorityKindTest {

    @Test
    void aPriorityHasItsNumberAndAThemeOnlyItsLabel() {
        PriorityHeading pledge = new PriorityHeading(1, "Pledge", 3, "A good home");
        PriorityHeading theme = new PriorityHeading(2, "Cross-cutting theme", 1, "Health", PriorityKind.THEME);
        assertThat(pledge.name()).isEqualTo("Pledge 3");
        assertThat(pledge.shortName()).isEqualTo("Pledge 3");
        assertThat(pledge.key()).isEqualTo("3");
        assertThat(pledge.anchor()).isEqualTo("priority-3");
        assertThat(theme.name()).isEqualTo("Cross-cutting theme");
        assertThat(theme.shortName()).isEqualTo("Cross-cutting theme: Health");
        assertThat(theme.key()).isEqualTo("t1");
        assertThat(theme.anchor()).isEqualTo("theme-1");
        assertThat(PriorityKind.THEME.path()).isEqualTo("themes");
    }

    @Test
    void aPriorityKeptInAnEditionBeforeThemesExistedIsAPriority() {
        ObjectMapper json = JsonMapper.builder().build();
        PriorityDetail theme = new PriorityDetail(
                7,
                1,
                "Golden thread",
                1,
                "Voice of the child",
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                PriorityKind.THEME);
        assertThat(json.readValue(json.writeValueAsString(theme), PriorityDetail.class))
                .isEqualTo(theme);
        String before = json.writeValueAsString(theme).replace(",\"kind\":\"THEME\"", "");
        assertThat(before).doesNotContain("kind");
        PriorityDetail old = json.readValue(before, PriorityDetail.class);
        assertThat(old.kind()).isEqualTo(PriorityKind.PRIORITY);
        assertThat(old.name()).isEqualTo("Golden thread 1");
    }
}
