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
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void a_direct_worker_admitted_in_a_hamlet_cell_that_admitted_none_counts_one_more_worker_and_one_more_cell() {
        var term = organisation.currentTerm().orElseThrow();
        var before = recruitment.directWorkersFromHamlets(term);
        LocalDate from = LocalDate.of(term.startYear(), 1, 1);
        LocalDate to = LocalDate.of(term.endYear(), 12, 31);
        Long member = jdbc.queryForObject("select min(m.id) from member m join cell c on c.id = m.cell_id "
                + "where c.kind = 'HAMLET' and m.admission_date between ? and ? and m.direct_worker = false "
                + "and c.id not in (select x.cell_id from member x where x.direct_worker = true "
                + "and x.admission_date between ? and ?)", Long.class, from, to, from, to);
        try {
            jdbc.update("update member set direct_worker = true where id = ?", member);

            var after = recruitment.directWorkersFromHamlets(term);

            assertThat(after.admitted()).isEqualTo(before.admitted() + 1);
            assertThat(after.hamletCellsAdmitting()).isEqualTo(before.hamletCellsAdmitting() + 1);
            assertThat(after.hamletCells()).isEqualTo(before.hamletCells());
        } finally {
            jdbc.update("update member set direct_worker = false where id = ?", member);
        }
    }

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
