package vn.dangbo.dashboard.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangbo.dashboard.SeedDatabaseTest;
import vn.dangbo.dashboard.members.MemberService;

/** The seed commune's forms: every form fills, keeps its identities, and agrees with the membership the dashboard counts. */
@SeedDatabaseTest
class SeedStatisticsTest {
    @Autowired StatisticsService statistics;
    @Autowired MemberService members;

    @Test
    void every_form_of_the_seed_commune_fills_and_adds_up() {
        Map<StatisticForm, FilledForm> forms = statistics.fillAll(2019);
        forms.values().forEach(f -> assertThat(f.problems()).as(f.form().code()).isEmpty());
        assertThat(statistics.acrossForms(forms)).isEmpty();
        FilledForm one = forms.get(StatisticForm.F1);
        forms.get(StatisticForm.F3).lines().forEach(l -> System.out.println(l.number() + " " + l.label() + " " + l.figures()));
        one.lines().forEach(l -> System.out.println(l.number() + " " + l.label() + " " + l.figures()));
        assertThat(one.count("stat.f1.at-end", 0)).isEqualTo(521);
    }
}
