package com.cptracker.support;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;

/** A page's form as name, value pairs, the way a browser would send it, and those pairs with some changed. */
public final class PageForm {

    private PageForm() {}

    /** Every field of a page's form, as the browser would send it unchanged. */
    public static String[] fieldsOf(Document page, String formSelector) {
        var form = page.selectFirst(formSelector);
        List<String> pairs = new ArrayList<>();
        form.select("input[name], textarea[name], select[name]").forEach(e -> {
            String type = e.attr("type");
            if ((type.equals("radio") || type.equals("checkbox")) && !e.hasAttr("checked")) {
                return;
            }
            pairs.add(e.attr("name"));
            if (e.tagName().equals("textarea")) {
                pairs.add(e.wholeText());
            } else if (e.tagName().equals("select")) {
                var selected = e.selectFirst("option[selected]");
                pairs.add(selected == null ? e.select("option").first().attr("value") : selected.attr("value"));
            } else {
                pairs.add(e.attr("value"));
            }
        });
        return pairs.toArray(String[]::new);
    }

    /** The pairs with each of {@code changes} (name, value) set: in place where the name is there, else added. */
    public static String[] with(String[] pairs, String... changes) {
        List<String> out = new ArrayList<>(List.of(pairs));
        for (int c = 0; c + 1 < changes.length; c += 2) {
            boolean found = false;
            for (int i = 0; i + 1 < out.size(); i += 2) {
                if (out.get(i).equals(changes[c])) {
                    out.set(i + 1, changes[c + 1]);
                    found = true;
                    break;
                }
            }
            if (!found) {
                out.add(changes[c]);
                out.add(changes[c + 1]);
            }
        }
        return out.toArray(String[]::new);
    }
}
