package vn.dangbo.dashboard.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.dangbo.dashboard.Bundles;

/**
 * Every enum whose constants are shown has a label for each constant, in both languages. The views build such keys
 * as {@code "prefix." + constant} (83 places), so a constant added without its label would show as "!key" only where
 * a view happens to show it. Which enums are shown, and under which prefix, is read from the bundles themselves: the
 * keys under a prefix that end in upper-case names belong to the enum that holds all those names and the fewest
 * others, and then every constant of that enum must have its label there, in both languages.
 */
class EnumMessageKeysTest {
    @Test
    void every_constant_of_an_enum_shown_has_its_label_in_both_languages() {
        Properties vi = Bundles.vietnamese();
        Properties en = Bundles.english();
        Map<String, Set<String>> constantsByEnum = new TreeMap<>();
        for (Class<?> type : shownEnums()) {
            constantsByEnum.put(type.getName(), new TreeSet<>(Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name()).toList()));
        }

        Map<String, String> owners = new TreeMap<>();
        List<String> missing = new ArrayList<>();
        prefixedConstants(vi).forEach((prefix, labelled) -> owner(labelled, constantsByEnum).ifPresent(type -> {
            owners.put(prefix, type);
            for (String name : constantsByEnum.get(type)) {
                if (!EXCEPTIONS.getOrDefault(prefix, Set.of()).contains(name)) {
                    if (!vi.containsKey(prefix + name)) {
                        missing.add(prefix + name + " (vi)");
                    }
                    if (!en.containsKey(prefix + name)) {
                        missing.add(prefix + name + " (en)");
                    }
                }
            }
        }));

        System.out.printf("Enum labels checked: %d prefixes: %s%n", owners.size(), owners);
        assertThat(owners).as("the prefixes of shown enums found in the bundles").hasSizeGreaterThan(30);
        assertThat(missing).as("constants without a label").isEmpty();
    }

    @Test
    void a_constant_without_its_label_is_found() {
        Properties bundle = new Properties();
        bundle.setProperty("colour.RED", "Đỏ");
        bundle.setProperty("colour.GREEN", "Xanh");
        Map<String, Set<String>> enums = Map.of("Colour", Set.of("RED", "GREEN", "BLUE"),
                "Light", Set.of("RED", "GREEN", "BLUE", "OFF"), "Size", Set.of("SMALL", "LARGE"));

        assertThat(owner(prefixedConstants(bundle).get("colour."), enums)).as("the closest enum").contains("Colour");
        assertThat(owner(Set.of("RED", "LARGE"), enums)).as("keys of no one enum").isEmpty();
    }

    /** Constants never shown under a prefix, each with the reason (the code that leaves them out is named). */
    private static final Map<String, Set<String>> EXCEPTIONS = Map.of(
            // Members, their ratings and the cells' ratings have forms of their own (RecordService.OWN_FORMS).
            "records.sheet.", Set.of("MEMBERS", "MEMBER_RATINGS", "CELL_RATINGS"),
            // The report's sentence names the three passing levels; the failing one has its own (RatingsSection).
            "report.level.", Set.of("FAILED"),
            // A person or an award has no code column, a cell no place column (BehindPanel).
            "stat.behind.code.", Set.of("PERSON", "AWARD"),
            "stat.behind.where.", Set.of("CELL"),
            // Form 2's religions are those held; "none" is not a row (ProfileForms).
            "stat.religion.", Set.of("NONE"));

    /** The keys that end in an upper-case name, by the prefix before it: the keys built as {@code prefix + constant}. */
    private static Map<String, Set<String>> prefixedConstants(Properties bundle) {
        Map<String, Set<String>> byPrefix = new TreeMap<>();
        for (String key : bundle.stringPropertyNames()) {
            int dot = key.lastIndexOf('.');
            String last = key.substring(dot + 1);
            if (dot > 0 && last.matches("[A-Z][A-Z0-9_]*")) {
                byPrefix.computeIfAbsent(key.substring(0, dot + 1), p -> new TreeSet<>()).add(last);
            }
        }
        return byPrefix;
    }

    /** The enum whose constants hold every labelled name and the fewest others: the one the prefix is built from. */
    private static java.util.Optional<String> owner(Set<String> labelled, Map<String, Set<String>> constantsByEnum) {
        return constantsByEnum.entrySet().stream()
                .filter(e -> labelled.size() >= 2 && e.getValue().containsAll(labelled))
                .min(java.util.Comparator.comparingInt((Map.Entry<String, Set<String>> e) -> e.getValue().size()))
                .map(Map.Entry::getKey);
    }

    private static List<Class<?>> shownEnums() {
        List<Class<?>> enums = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.dangbo.dashboard")) {
            if (type.isEnum()) {
                enums.add(type.reflect());
            }
        }
        return enums;
    }
}
