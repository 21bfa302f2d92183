package com.cptracker.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A person using the keyboard alone: Tab, Shift+Tab, Enter and Space (and typing into a field), never a click. Each
 * step can check where focus is and that it can be seen.
 */
public final class Keyboard {

    /** The most Tab presses allowed to reach a control: a page that needs more has a problem of its own. */
    static final int MAX_TABS = 120;

    /**
     * The focused element described for assertions and messages, and whether its focus indicator shows: a non-none
     * outline or box-shadow on the element, or for a GOV.UK radio or checkbox (whose input is transparent) on the
     * ::before box of its label, which is what draws the focus ring.
     */
    private static final String FOCUSED = """
            () => {
              const e = document.activeElement;
              if (!e || e === document.body || e === document.documentElement) return null;
              const shows = s => (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0
                  && !/rgba\\(.*,\\s*0\\)|transparent/.test(s.outlineColor)) || (s.boxShadow && s.boxShadow !== 'none');
              let style = getComputedStyle(e);
              if (e.matches('.govuk-checkboxes__input, .govuk-radios__input') && e.labels && e.labels.length) {
                style = getComputedStyle(e.labels[0], '::before');
              }
              const label = (e.getAttribute('aria-label') || e.innerText || e.value || '').trim().replace(/\\s+/g, ' ');
              return {
                tag: e.tagName.toLowerCase(),
                id: e.id || '',
                text: label.slice(0, 120),
                href: e.getAttribute('href') || '',
                type: e.getAttribute('type') || '',
                inMain: !!e.closest('main'),
                visible: shows(style) ? 'yes' : 'no',
                outline: style.outlineStyle + ' ' + style.outlineWidth + ' ' + style.outlineColor,
                boxShadow: style.boxShadow || 'none'
              };
            }""";

    private final Page page;

    Keyboard(Page page) {
        this.page = page;
    }

    /** What has focus now, or an empty description when nothing (the body) has. */
    public Focused focused() {
        @SuppressWarnings("unchecked")
        Map<String, Object> f = (Map<String, Object>) page.evaluate(FOCUSED);
        if (f == null) {
            return new Focused("body", "", "", "", "", false, false, "", "");
        }
        return new Focused(
                (String) f.get("tag"),
                (String) f.get("id"),
                (String) f.get("text"),
                (String) f.get("href"),
                (String) f.get("type"),
                Boolean.TRUE.equals(f.get("inMain")),
                "yes".equals(f.get("visible")),
                (String) f.get("outline"),
                (String) f.get("boxShadow"));
    }

    public Keyboard tab() {
        page.keyboard().press("Tab");
        return this;
    }

    public Keyboard shiftTab() {
        page.keyboard().press("Shift+Tab");
        return this;
    }

    public Keyboard enter() {
        page.keyboard().press("Enter");
        return this;
    }

    public Keyboard space() {
        page.keyboard().press("Space");
        return this;
    }

    /** Types into the focused field, a key at a time. */
    public Keyboard type(String text) {
        page.keyboard().type(text);
        return this;
    }

    /** Presses Enter and waits for the page it leads to. */
    public Keyboard enterAndWait() {
        page.waitForNavigation(() -> page.keyboard().press("Enter"));
        return this;
    }

    /** Presses Space and waits for the page it leads to (a button). */
    public Keyboard spaceAndWait() {
        page.waitForNavigation(() -> page.keyboard().press("Space"));
        return this;
    }

    /** Tabs forward until the focused element is a link or control whose text is exactly this. */
    public Focused tabToText(String text) {
        return tabTo("the control \"" + text + "\"", f -> f.text().equals(text));
    }

    /** Tabs forward until the focused element is a link whose address contains this. */
    public Focused tabToLink(String hrefPart) {
        return tabTo(
                "a link to " + hrefPart, f -> f.tag().equals("a") && f.href().contains(hrefPart));
    }

    /** Tabs forward until the focused element has this id. */
    public Focused tabToId(String id) {
        return tabTo("#" + id, f -> f.id().equals(id));
    }

    /** Shift+Tabs backwards (from the end of the page, where nothing has focus yet) until this control has focus. */
    public Focused shiftTabToText(String text) {
        return tabTo("the control \"" + text + "\" (backwards)", f -> f.text().equals(text), true);
    }

    public Focused tabTo(String what, Predicate<Focused> wanted) {
        return tabTo(what, wanted, false);
    }

    private Focused tabTo(String what, Predicate<Focused> wanted, boolean backwards) {
        for (int i = 0; i < MAX_TABS; i++) {
            if (backwards) {
                shiftTab();
            } else {
                tab();
            }
            Focused f = focused();
            if (wanted.test(f)) {
                return f;
            }
        }
        throw new AssertionError("Tab did not reach " + what + " on " + page.url() + " within " + MAX_TABS
                + " presses; focus is on " + focused());
    }

    /** The focused element shows a focus indicator a sighted keyboard user can see. */
    public Focused assertFocusVisible() {
        Focused f = focused();
        assertThat(f.visible()).as("focus indicator on %s at %s", f, page.url()).isTrue();
        return f;
    }

    /** The focused element as a keyboard user meets it. */
    public record Focused(
            String tag,
            String id,
            String text,
            String href,
            String type,
            boolean inMain,
            boolean visible,
            String outline,
            String boxShadow) {
        @Override
        public String toString() {
            return "<" + tag + (id.isEmpty() ? "" : " id=" + id) + (href.isEmpty() ? "" : " href=" + href) + "> \""
                    + text + "\" (outline " + outline + ", box-shadow " + boxShadow + ")";
        }
    }
}
