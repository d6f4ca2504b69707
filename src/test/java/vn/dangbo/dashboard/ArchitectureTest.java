package vn.dangbo.dashboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.EntityManager;
import org.springframework.data.repository.Repository;

/**
 * The structure holds by itself, not by memory: features do not depend on each other in a circle, views reach data
 * only through services, and the shared packages ({@code base}, {@code chart}) know no feature.
 */
@AnalyzeClasses(packages = "vn.dangbo.dashboard", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** The domain's features: every top-level package but the shared ones. */
    private static final String[] FEATURES = {"..dashboard.audit..", "..dashboard.cells..", "..dashboard.demo..",
        "..dashboard.meetings..", "..dashboard.members..", "..dashboard.organisation..", "..dashboard.overview..",
        "..dashboard.presentation..", "..dashboard.ratings..", "..dashboard.records..", "..dashboard.recruitment..",
        "..dashboard.results..", "..dashboard.training..", "..dashboard.transfer..", "..dashboard.users.."};

    @ArchTest
    static final ArchRule features_do_not_depend_on_each_other_in_a_circle = slices()
            .matching("vn.dangbo.dashboard.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule views_use_services_never_repositories_or_the_entity_manager = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class);

    @ArchTest
    static final ArchRule the_chart_component_knows_no_feature = noClasses()
            .that().resideInAPackage("vn.dangbo.dashboard.chart..")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES);

    @ArchTest
    static final ArchRule base_knows_no_feature = noClasses()
            .that().resideInAPackage("vn.dangbo.dashboard.base..")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES);
}
