package com.cptracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The README's module map stays true: it names every module and, for each, the modules it depends on directly, as
 * Spring Modulith finds them in the code; and every module's package-info says what it owns.
 */
class ModuleMapTest {

    private static final Path PROJECT = Path.of(System.getProperty("basedir", "."));

    /** A row of the README's module table: {@code | `name` | holds | `dep`, `dep` |}. */
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`(\\w+)`\\s*\\|.*\\|([^|]*)\\|\\s*$");

    private static final Pattern NAME = Pattern.compile("`(\\w+)`");

    private static final ApplicationModules MODULES = ApplicationModules.of(CorporateParentingTrackerApplication.class);

    /**
     * Every {@code cptracker.*} property the application binds (as the configuration processor lists them in the build's
     * metadata) has a row in the README's configuration table.
     */
    @Test
    void theReadmeDescribesEveryCptrackerProperty() throws IOException {
        String metadata = Files.readString(
                PROJECT.resolve("target/classes/META-INF/spring-configuration-metadata.json"), StandardCharsets.UTF_8);
        Set<String> bound = new TreeSet<>();
        Matcher m = Pattern.compile("\"name\":\\s*\"(cptracker\\.[^\"]+)\"").matcher(metadata);
        while (m.find()) {
            bound.add(m.group(1));
        }
        // the metadata names the records' groups too ("cptracker.demo-data"): a property is a name no other extends
        bound.removeIf(name -> bound.stream().anyMatch(other -> other.startsWith(name + ".")));
        String readme = Files.readString(PROJECT.resolve("README.md"), StandardCharsets.UTF_8);
        assertThat(bound).hasSizeGreaterThan(5);
        assertThat(bound.stream().filter(p -> !readme.contains("| `" + p + "`")))
                .as("cptracker properties with no row in the README's configuration table")
                .isEmpty();
    }

    @Test
    void theReadmeNamesEveryModuleWithItsDirectDependencies() throws IOException {
        Map<String, Set<String>> inCode = new TreeMap<>();
        for (ApplicationModule module : MODULES) {
            inCode.put(
                    name(module),
                    module.getDirectDependencies(MODULES)
                            .uniqueModules()
                            .map(ModuleMapTest::name)
                            .collect(Collectors.toCollection(TreeSet::new)));
        }
        assertThat(readmeModuleMap())
                .as("README.md's module table (## Modules): module -> Depends on")
                .isEqualTo(inCode);
    }

    @Test
    void everyModuleSaysWhatItOwnsInItsPackageInfo() throws IOException {
        for (ApplicationModule module : MODULES) {
            String basePackage = module.getBasePackage().getName();
            Path packageInfo = PROJECT.resolve("src/main/java")
                    .resolve(basePackage.replace('.', '/'))
                    .resolve("package-info.java");
            assertThat(packageInfo).as("package-info of module " + name(module)).exists();
            assertThat(Files.readString(packageInfo, StandardCharsets.UTF_8).strip())
                    .as("%s starts with a javadoc saying what the module owns", packageInfo)
                    .startsWith("/**");
        }
    }

    private static Map<String, Set<String>> readmeModuleMap() throws IOException {
        String readme = Files.readString(PROJECT.resolve("README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("\n## Modules"));
        int next = section.indexOf("\n## ", 1);
        section = next < 0 ? section : section.substring(0, next);
        Map<String, Set<String>> map = new TreeMap<>();
        for (String line : section.split("\n")) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                Set<String> dependencies = new TreeSet<>();
                Matcher name = NAME.matcher(row.group(2));
                while (name.find()) {
                    dependencies.add(name.group(1));
                }
                map.put(row.group(1), dependencies);
            }
        }
        return map;
    }

    private static String name(ApplicationModule module) {
        return module.getIdentifier().toString();
    }
}
