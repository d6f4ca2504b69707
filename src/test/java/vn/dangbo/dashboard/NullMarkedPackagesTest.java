package vn.dangbo.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * NullAway checks only what is @NullMarked: a new package without its package-info would escape the check unseen.
 * Every package of the main code is marked, and nothing is left unmarked or suppressed.
 */
class NullMarkedPackagesTest {
    private static final Path MAIN = Path.of("src/main/java");

    @Test
    void every_package_of_the_main_code_is_null_marked() throws IOException {
        List<Path> packages;
        try (Stream<Path> files = Files.walk(MAIN)) {
            packages = files.filter(p -> p.toString().endsWith(".java")).map(Path::getParent).distinct().toList();
        }

        assertThat(packages).hasSizeGreaterThan(40).allSatisfy(dir -> assertThat(dir.resolve("package-info.java"))
                .as(dir.toString()).exists().content().contains("@NullMarked"));
    }

    @Test
    void no_class_is_left_unmarked_and_no_finding_is_suppressed() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            assertThat(files.filter(p -> p.toString().endsWith(".java")).toList()).allSatisfy(file ->
                    assertThat(Files.readString(file)).as(file.toString())
                            .doesNotContain("@NullUnmarked", "@SuppressWarnings(\"NullAway\")"));
        }
    }
}
