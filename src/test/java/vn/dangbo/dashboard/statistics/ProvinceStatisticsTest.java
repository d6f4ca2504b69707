package vn.dangbo.dashboard.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.dashboard.ProvinceDatabaseTest;
import vn.dangbo.dashboard.organisation.CommitteeDirectory;
import vn.dangbo.dashboard.organisation.CommitteeNode;
import vn.dangbo.dashboard.organisation.CommitteeScope;

/** The province's forms: every counted figure is the sum of its communes' (merged communes with their former ones). */
@ProvinceDatabaseTest
class ProvinceStatisticsTest {
    private static final int YEAR = 2025;
    @Autowired StatisticsService statistics;
    @Autowired CommitteeDirectory directory;
    @Autowired JdbcTemplate jdbc;

    private long province() {
        return jdbc.queryForObject("select id from party_committee where code = 'tinh-mau'", Long.class);
    }

    @Test
    void every_figure_of_the_provinces_forms_is_the_sum_of_its_communes_figures() {
        long province = province();
        List<CommitteeNode> communes = directory.communesUnder(province);
        Map<StatisticForm, FilledForm> whole = CommitteeScope.call(province, () -> statistics.fillAll(YEAR));
        List<Map<StatisticForm, FilledForm>> parts = communes.stream()
                .map(c -> CommitteeScope.call(c.id(), () -> statistics.fillAll(YEAR))).toList();

        assertThat(communes).hasSizeGreaterThan(5);
        for (StatisticForm form : StatisticForm.values()) {
            FilledForm total = whole.get(form);
            for (FilledForm.Line line : total.lines()) {
                for (int c = 0; c < line.figures().size(); c++) {
                    if (!(line.figures().get(c) instanceof Long figure)) {
                        continue;
                    }
                    int row = line.index();
                    int column = c;
                    long sum = parts.stream().mapToLong(p -> p.get(form).lines().get(row).figures().get(column).longValue()).sum();
                    assertThat(figure).as("%s row %s column %d", form.code(), line.label(), column).isEqualTo(sum);
                }
            }
            assertThat(total.problems()).as(form.code()).isEmpty();
        }
        assertThat(whole.get(StatisticForm.F3).count("stat.f3.total", 0)).isPositive();
        assertThat(whole.get(StatisticForm.F4).count("stat.religion.CATHOLIC", 0)).as("the demo has Catholic members").isPositive();
    }

    @Test
    void a_provinces_figure_opens_its_communes_figures_which_add_up_to_it() {
        long province = province();
        FilledForm two = CommitteeScope.call(province, () -> statistics.fill(StatisticForm.F3, YEAR));
        int row = two.line("stat.age.18-30").index();

        List<CommuneFigure> communes = CommitteeScope.call(province, () -> statistics.acrossCommunes(StatisticForm.F3, row, 0, YEAR));

        assertThat(communes).hasSize(directory.communesUnder(province).size());
        assertThat(communes.stream().mapToLong(CommuneFigure::figure).sum()).isEqualTo(two.count("stat.age.18-30", 0));
        CommuneFigure first = communes.stream().filter(c -> c.figure() > 0).findFirst().orElseThrow();
        assertThat(CommitteeScope.call(first.id(), () -> statistics.behind(StatisticForm.F3, row, 0, YEAR))).hasSize((int) first.figure());
    }
}
