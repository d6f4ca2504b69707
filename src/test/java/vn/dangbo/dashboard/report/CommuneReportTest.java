package vn.dangbo.dashboard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.dashboard.ProvinceDatabaseTest;
import vn.dangbo.dashboard.base.i18n.AppLocales;
import vn.dangbo.dashboard.base.i18n.Templates;
import vn.dangbo.dashboard.organisation.CommitteeScope;
import vn.dangbo.dashboard.organisation.OrganisationService;
import vn.dangbo.dashboard.organisation.TermPeriod;

/**
 * A commune of the demo province, whose data are not the seed's: its report is written from its own figures, and a
 * term or year still in progress is not compared with a whole one before it.
 */
@ProvinceDatabaseTest
class CommuneReportTest {
    @Autowired ReportService reports;
    @Autowired OrganisationService organisation;
    @Autowired Templates templates;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private List<String> sentences(String commune, java.util.function.Function<List<TermPeriod>, ReportPeriod> period) {
        long id = jdbc.queryForObject("select id from party_committee where code = ?", Long.class, commune);
        try (CommitteeScope.Entered entered = CommitteeScope.enter(id)) {
            ReportText text = new ReportText(templates, AppLocales.VIETNAMESE);
            return reports.compose(period.apply(organisation.terms())).sections().stream()
                    .flatMap(s -> s.sentences().stream()).map(text::plain).toList();
        }
    }

    @Test
    void the_commune_s_own_members_and_cells_are_counted() {
        long id = jdbc.queryForObject("select id from party_committee where code = 'mau-01'", Long.class);
        long members = jdbc.queryForObject("select count(*) from member m join cell c on c.id = m.cell_id "
                + "where c.committee_id = ? and m.left_date is null", Long.class, id);
        assertThat(sentences("mau-01", terms -> ReportPeriod.ofTerm(terms.getFirst())))
                .anySatisfy(s -> assertThat(s).startsWith("Hiện nay, Đảng bộ có " + members + " đảng viên"));
    }

    @Test
    void a_term_in_progress_is_not_compared_with_the_whole_term_before() {
        int thisYear = LocalDate.now(clock).getYear();
        List<String> current = sentences("mau-01", terms -> ReportPeriod.ofTerm(terms.getFirst()));
        assertThat(current).anySatisfy(s -> assertThat(s).startsWith("Trong nhiệm kỳ đã kết nạp"));
        assertThat(current).noneMatch(s -> s.startsWith("So với nhiệm kỳ"));
        assertThat(sentences("mau-01", terms -> ReportPeriod.ofYear(terms.getFirst(), thisYear)))
                .noneMatch(s -> s.startsWith("So với năm " + (thisYear - 1)));
        assertThat(sentences("mau-01", terms -> ReportPeriod.ofYear(terms.get(1), 2024)))
                .anySatisfy(s -> assertThat(s).matches("So với năm 2023 \\(\\d+ đảng viên\\), số đảng viên được kết nạp (tăng|giảm) \\d+ đồng chí\\.|"
                        + "Số đảng viên được kết nạp bằng năm 2023 \\(\\d+ đảng viên\\)\\."));
    }
}
