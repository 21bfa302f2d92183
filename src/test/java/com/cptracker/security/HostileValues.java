package com.cptracker.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Values a hostile or careless user might type: markup, SQL, control characters, extremes, wrong types. */
final class HostileValues {

    /** The marker element that must never appear as markup in a page. */
    static final String PROBE = "xss-probe";

    private HostileValues() {}

    static List<String> generate(int count, long seed) {
        List<String> fixed = List.of(
                "<" + PROBE + ">boom</" + PROBE + ">",
                "\"><" + PROBE + " onload=alert(1)>",
                "<script>alert(1)</script>",
                "javascript:alert(1)",
                "'; drop table strategy; --",
                "' or '1'='1",
                "1; select pg_sleep(5)",
                "${7*7}",
                "#{7*7}",
                "[[${7*7}]]",
                "__${T(java.lang.Runtime).getRuntime()}__::x",
                "{{7*7}}",
                "%00",
                "\u0000",
                "\u0007\u0008\u001b[31m",
                "\r\n\r\nSet-Cookie: x=y",
                "\uFFFD\uFFFE",
                "\uD800",
                "𝕏🙂‮reversed",
                "-1",
                "0",
                "-0",
                "1e309",
                "NaN",
                "Infinity",
                "99999999999999999999999",
                "0.00000000001",
                "1,2,3",
                "12.5%",
                "2019-02-30",
                "0000-00-00",
                "9999-12-31",
                "2019-13-01",
                "true",
                "null",
                "undefined",
                "[]",
                "{}",
                " ",
                "",
                "\t",
                "a".repeat(10_000),
                "../../etc/passwd",
                "%2e%2e%2f",
                "WORST_OF'",
                "RED\nGREEN",
                "2019-20-Q5",
                "AY2019-20-T9",
                "<img src=x onerror=alert(1)>",
                "<svg/onload=alert(1)>",
                "&lt;b&gt;",
                "&#x3C;script&#x3E;");
        List<String> values = new ArrayList<>(fixed);
        Random random = new Random(seed);
        while (values.size() < count) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                s.append(
                        switch (random.nextInt(6)) {
                            case 0 -> (char) random.nextInt(32);
                            case 1 -> "<>\"'&;%$#{}[]\\/".charAt(random.nextInt(15));
                            case 2 -> (char) (0x80 + random.nextInt(0x2000));
                            default -> (char) ('a' + random.nextInt(26));
                        });
            }
            values.add(random.nextBoolean() ? fixed.get(random.nextInt(fixed.size())) + s : s.toString());
        }
        return values.subList(0, count);
    }
}
