package com.cptracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules about the source text that neither the compiler nor the formatter enforces. Plain file reading: no Spring.
 */
class SourceHygieneTest {

    /** A dotted lower-case package path followed by a class name: {@code java.util.Objects}, {@code org.x.Y}. */
    private static final Pattern QUALIFIED_NAME = Pattern.compile("(?<![\\w.$])((?:[a-z_][a-z0-9_]*\\.){2,}[A-Z]\\w*)");

    /**
     * Names that must stay qualified in one file, because that file already imports another class of the same simple
     * name. Keyed by the file's path under the project, each with its reason.
     */
    private static final Map<String, Map<String, String>> MUST_STAY_QUALIFIED = Map.of(
            "src/main/java/com/cptracker/admin/web/ActionForm.java",
            Map.of("java.util.regex.Pattern", "the form's fields use Bean Validation's @Pattern, imported"));

    private static final Path PROJECT = Path.of(System.getProperty("basedir", "."));

    /**
     * Classes are imported, not written out in full in the code ({@code new com.cptracker.common.NotFoundException(},
     * {@code java.util.Objects::nonNull}): a reader sees every dependency of a file in its imports. Package and import
     * lines, comments (javadoc links included) and string literals are not code and are not looked at.
     */
    @Test
    void noClassIsWrittenOutInFullInTheCode() {
        List<String> found = new ArrayList<>();
        for (Path root : List.of(PROJECT.resolve("src/main/java"), PROJECT.resolve("src/test/java"))) {
            for (Path file : javaFiles(root)) {
                found.addAll(qualifiedNames(file));
            }
        }
        assertThat(found)
                .as("classes written out in full in the code: import them; where two classes share a simple name, "
                        + "restructure, or list the file in MUST_STAY_QUALIFIED with the reason")
                .isEmpty();
    }

    /**
     * A form's own checks put a problem on a field through {@code Forms.reject}, never {@code rejectValue}: when another
     * field of the form could not be converted, Spring keeps no record behind the errors and {@code rejectValue} throws,
     * a 500 where the page should list every problem.
     */
    @Test
    void formsPutProblemsOnFieldsOnlyThroughFormsReject() throws IOException {
        Path forms = PROJECT.resolve("src/main/java/com/cptracker/common/web/Forms.java");
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles(PROJECT.resolve("src/main/java"))) {
            if (file.equals(forms)) {
                continue;
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(".rejectValue(")) {
                    found.add(PROJECT.relativize(file) + ":" + (i + 1));
                }
            }
        }
        assertThat(found).as("rejectValue outside Forms: use Forms.reject").isEmpty();
    }

    @Test
    void theScannerFindsQualifiedNamesInCodeButNotInCommentsStringsOrImports() {
        String source = """
                package com.example.thing;

                import java.util.List;
                import static org.assertj.core.api.Assertions.assertThat;

                /** See {@link java.util.Objects}. */
                class Thing {
                    // java.util.Map in a comment
                    String s = "java.util.Set in a string \\" java.util.Deque";
                    char c = '"';
                    String block = \"""
                            java.util.Queue in a text block
                            \""";
                    Object o = java.util.Objects.requireNonNull(c);
                    @org.springframework.lang.Nullable List<String> names;
                    java.util.function.Function<String, String> f = String::trim; /* java.util.Optional */
                    int width = this.name.length();
                }
                """;
        assertThat(qualifiedNames("Thing.java", source))
                .containsExactly(
                        "Thing.java:14: java.util.Objects",
                        "Thing.java:15: org.springframework.lang.Nullable",
                        "Thing.java:16: java.util.function.Function");
    }

    private static List<Path> javaFiles(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> qualifiedNames(Path file) {
        String name = PROJECT.relativize(file).toString().replace('\\', '/');
        try {
            return qualifiedNames(name, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> qualifiedNames(String name, String source) {
        Map<String, String> allowed = MUST_STAY_QUALIFIED.getOrDefault(name, Map.of());
        Set<String> found = new LinkedHashSet<>();
        String[] lines = codeOnly(source).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("package ") || line.startsWith("import ")) {
                continue;
            }
            Matcher m = QUALIFIED_NAME.matcher(line);
            while (m.find()) {
                if (!allowed.containsKey(m.group(1))) {
                    found.add(name + ":" + (i + 1) + ": " + m.group(1));
                }
            }
        }
        return List.copyOf(found);
    }

    /** The source with comments, string and character literals and text blocks blanked out, lines kept in place. */
    static String codeOnly(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            int end;
            if (source.startsWith("\"\"\"", i)) {
                end = source.indexOf("\"\"\"", i + 3);
                while (end > 0 && source.charAt(end - 1) == '\\') {
                    end = source.indexOf("\"\"\"", end + 1);
                }
                end = end < 0 ? n : end + 3;
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                char quote = source.charAt(i);
                end = i + 1;
                while (end < n && source.charAt(end) != quote && source.charAt(end) != '\n') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, n);
            } else if (source.startsWith("//", i)) {
                end = source.indexOf('\n', i);
                end = end < 0 ? n : end;
            } else if (source.startsWith("/*", i)) {
                end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
            } else {
                out.append(source.charAt(i++));
                continue;
            }
            for (int j = i; j < end; j++) {
                out.append(source.charAt(j) == '\n' ? '\n' : ' ');
            }
            i = end;
        }
        return out.toString();
    }
}
