package vn.dangbo.dashboard.report.ui;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.ui.Address;
import vn.dangbo.dashboard.organisation.TermPeriod;
import vn.dangbo.dashboard.organisation.ui.PeriodSelection;
import vn.dangbo.dashboard.ratings.RatingLevel;
import vn.dangbo.dashboard.ratings.ui.RatingLinks;
import vn.dangbo.dashboard.recruitment.ui.RecruitmentLinks;
import vn.dangbo.dashboard.report.Source;
import vn.dangbo.dashboard.training.TrainingProgramme;
import vn.dangbo.dashboard.training.ui.TrainingLinks;

/** Where each figure of the report leads: the view it came from, with the report's term and the figure's year. */
final class ReportLinks {
    private final TermPeriod term;

    ReportLinks(TermPeriod term) {
        this.term = term;
    }

    /** What a figure of one level or one programme names: it is made with it ({@link Source#of}). */
    private static String detail(Source source) {
        return Objects.requireNonNull(source.detail(), "a figure of one level or programme names it");
    }

    String href(Source source) {
        Integer year = source.year();
        return switch (source.place()) {
            case MEMBERSHIP -> termPage("membership").toString();
            case CELLS, MEETINGS -> termPage("cells").with(PeriodSelection.YEAR, year).toString();
            case CELLS_AT_LEVEL -> termPage("cells").with(PeriodSelection.YEAR, year).with("level", source.detail()).toString();
            case TARGETS -> termPage("present/targets").toString();
            case AWARDS -> termPage("present/awards").toString();
            case STUDIES -> termPage("studies").toString();
            case RECRUITMENT -> termPage("recruitment").toString();
            case ADMITTED -> RecruitmentLinks.admitted(term, year, null);
            case RATINGS -> termPage("ratings").with(PeriodSelection.YEAR, year).toString();
            case RATED_MEMBERS -> RatingLinks.members(new PeriodSelection(term, year == null ? term.endYear() : year, List.of()),
                    RatingLevel.valueOf(detail(source)), null);
            case TRAINED -> TrainingLinks.trained(term, TrainingProgramme.valueOf(detail(source)), null);
            case BADGES -> Address.of("badges").with(PeriodSelection.YEAR, year).toString();
        };
    }

    private Address termPage(String route) {
        return Address.of(route).with(PeriodSelection.TERM, term.label());
    }
}
