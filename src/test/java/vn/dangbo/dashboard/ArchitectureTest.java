package vn.dangbo.dashboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.repository.Repository;

/**
 * The structure holds by itself, not by memory: features do not depend on each other in a circle, views reach data
 * only through services and never hold an entity, a repository is used only inside its feature, the domain knows no
 * view (a feature's {@code web} package, its filters and the page's committee, is the web layer), and the shared
 * packages ({@code base}, {@code chart}) know no feature. Features are found from the package structure: every
 * top-level package but the shared ones.
 */
@AnalyzeClasses(packages = ArchitectureTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    static final String ROOT = "vn.dangbo.dashboard";
    private static final Set<String> SHARED = Set.of("base", "chart");

    /** The top-level package a class lives in ("ratings" for ….ratings.ui.RatingsView); empty for the root's own. */
    static Optional<String> feature(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT + ".")) {
            return Optional.empty();
        }
        String rest = name.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    private static final DescribedPredicate<JavaClass> IN_A_FEATURE = DescribedPredicate.describe("in a feature",
            type -> feature(type).filter(f -> !SHARED.contains(f)).isPresent());

    private static final DescribedPredicate<JavaClass> AN_ENTITY = DescribedPredicate.describe("an entity",
            type -> type.isAnnotatedWith(Entity.class));

    @ArchTest
    static final ArchRule features_do_not_depend_on_each_other_in_a_circle = slices()
            .matching(ROOT + ".(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule views_use_services_never_repositories_or_the_entity_manager = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class);

    @ArchTest
    static final ArchRule no_view_holds_an_entity = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat(AN_ENTITY);

    @ArchTest
    static final ArchRule the_domain_never_imports_a_view = noClasses()
            .that(IN_A_FEATURE).and().resideOutsideOfPackages("..ui..", "..web..")
            .should().dependOnClassesThat().resideInAPackage(ROOT + "..ui..");

    @ArchTest
    static final ArchRule a_repository_is_used_only_inside_its_feature = classes()
            .that().areAssignableTo(Repository.class).and().areInterfaces()
            .and().resideInAPackage(ROOT + "..")
            .should(beUsedOnlyWithinTheirFeature());

    @ArchTest
    static final ArchRule the_chart_component_knows_no_feature = noClasses()
            .that().resideInAPackage(ROOT + ".chart..")
            .should().dependOnClassesThat(IN_A_FEATURE);

    @ArchTest
    static final ArchRule base_knows_no_feature = noClasses()
            .that().resideInAPackage(ROOT + ".base..")
            .should().dependOnClassesThat(IN_A_FEATURE);

    @ArchTest
    static void the_features_are_found_from_the_packages(JavaClasses classes) {
        long features = classes.stream().filter(IN_A_FEATURE).map(type -> feature(type).orElseThrow()).distinct().count();
        org.assertj.core.api.Assertions.assertThat(features).as("features found").isGreaterThan(15);
    }

    private static ArchCondition<JavaClass> beUsedOnlyWithinTheirFeature() {
        return new ArchCondition<>("be used only within their feature") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                repository.getAccessesToSelf().forEach(access -> {
                    JavaClass user = access.getOriginOwner();
                    if (!feature(user).equals(feature(repository))) {
                        events.add(SimpleConditionEvent.violated(repository, user.getName() + " uses " + repository.getName()));
                    }
                });
                repository.getDirectDependenciesToSelf().forEach(dependency -> {
                    JavaClass user = dependency.getOriginClass();
                    if (!feature(user).equals(feature(repository))) {
                        events.add(SimpleConditionEvent.violated(repository, dependency.getDescription()));
                    }
                });
            }
        };
    }
}
