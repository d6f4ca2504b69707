package vn.dangbo.dashboard.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangbo.dashboard.SeedDatabaseTest;
import vn.dangbo.dashboard.organisation.OrganisationService;

@SeedDatabaseTest
class RecruitmentServiceTest {
    @Autowired RecruitmentService recruitment;
    @Autowired OrganisationService organisation;

    @Test
    void the_six_admitted_in_the_second_half_of_2019_end_their_probation_in_the_second_half_of_2020() {
        LocalDate from = LocalDate.of(2020, 7, 1);
        var ending = recruitment.probationEndingWithin(from, 183);
        assertThat(ending).hasSize(6);
        assertThat(ending).allSatisfy(p -> assertThat(p.probationEnds()).isBetween(from, from.plusDays(183)));
    }

    @Test
    void no_probation_ends_where_nobody_was_admitted_a_year_before() {
        assertThat(recruitment.probationEndingWithin(LocalDate.of(2026, 11, 29), 90)).isEmpty();
    }

    @Test
    void the_pipeline_counts_every_candidate_once() {
        assertThat(recruitment.pipeline()).hasSize(CandidateStage.values().length);
        assertThat(recruitment.pipeline().stream().mapToLong(StageCount::count).sum()).isEqualTo(14);
    }

    @Test
    void admissions_by_cell_list_every_cell_and_add_up_to_the_term() {
        var cells = recruitment.admissionsByCell(organisation.currentTerm().orElseThrow());
        assertThat(cells).hasSize(25);
        assertThat(cells.stream().mapToLong(CellAdmissions::admitted).sum()).isEqualTo(30);
        assertThat(cells.stream().mapToLong(CellAdmissions::directWorkers).sum()).isEqualTo(16);
    }
}
