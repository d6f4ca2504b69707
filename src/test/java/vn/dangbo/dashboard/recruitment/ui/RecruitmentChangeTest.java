package vn.dangbo.dashboard.recruitment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangbo.dashboard.UiTest;
import vn.dangbo.dashboard.base.ui.Tile;
import vn.dangbo.dashboard.organisation.OrganisationService;
import vn.dangbo.dashboard.organisation.TermPeriod;
import vn.dangbo.dashboard.recruitment.RecruitmentService;
import vn.dangbo.dashboard.recruitment.YearlyAdmissions;

/** The recruitment tile's change: the term's last year with admissions against the year before, from the admissions. */
class RecruitmentChangeTest extends UiTest {
    @Autowired RecruitmentService recruitment;
    @Autowired OrganisationService organisation;

    @Test
    void the_progress_tile_compares_the_last_years_admissions_with_the_year_before_and_links_to_who_was_admitted() {
        open("recruitment");
        TermPeriod term = organisation.currentTerm().orElseThrow();
        List<YearlyAdmissions> years = recruitment.admissionsByYear(term).stream().filter(y -> y.admitted() > 0).toList();
        YearlyAdmissions last = years.getLast();
        long before = recruitment.admissionsByYear(term).stream().filter(y -> y.year() == last.year() - 1)
                .mapToLong(YearlyAdmissions::admitted).sum();
        long difference = last.admitted() - before;

        Tile tile = _get(Tile.class, spec -> spec.withId("tile-progress"));

        assertThat(tile.getChange()).isEqualTo("Năm " + last.year() + " kết nạp " + last.admitted() + ", so với năm "
                + (last.year() - 1) + ": " + (difference == 0 ? "= 0" : (difference > 0 ? "▲ +" : "▼ −") + Math.abs(difference)));
        assertThat(tile.getElement().getOuterHTML()).contains("href=\"recruitment/members?year=" + last.year() + "&amp;term="
                + term.label() + "\"");
    }
}
