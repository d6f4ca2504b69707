package vn.dangbo.dashboard.presentation.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.organisation.TermPeriod;
import vn.dangbo.dashboard.presentation.Slide;
import vn.dangbo.dashboard.recruitment.RecruitmentProgress;

/**
 * Whether a slide has anything to show for a term. A slide without data is skipped when presenting (a title alone
 * on the projector says nothing), and the slide settings say why it will be.
 */
@SpringComponent
public class SlideAvailability {
    private final SlideData data;

    SlideAvailability(SlideData data) {
        this.data = data;
    }

    public boolean hasData(Slide slide, TermPeriod term) {
        return switch (slide) {
            case TITLE, CLOSING -> true;
            case BRIEF -> current(term) && data.briefs().briefsHere() && hasBrief();
            case TARGETS -> !data.results().targets(term).isEmpty();
            case MEMBERSHIP -> data.members().currentMembership().total() > 0;
            case RECRUITMENT -> {
                RecruitmentProgress progress = data.recruitment().termProgress(term);
                yield progress.admitted() > 0 || progress.hasTarget();
            }
            case RATINGS -> !data.ratings().memberTrend(term).isEmpty();
            case CELLS -> data.ratings().latestRatedYear(term).isPresent();
            case TRAININGS -> data.trainings().byProgramme(term).stream().anyMatch(p -> p.count() > 0);
            case AWARDS -> !data.results().awards(term).isEmpty() || data.results().latestNewRural(term).isPresent()
                    || data.results().communeNewRural(term).isPresent();
            case BADGES -> !data.badges().awardedByBadge(term).isEmpty();
        };
    }

    /** Whether the term is under way: the monthly brief is of this month's meeting, not of a term that has ended. */
    private boolean current(TermPeriod term) {
        int year = java.time.LocalDate.now(data.clock()).getYear();
        return term.startYear() <= year && year <= term.endYear();
    }

    private boolean hasBrief() {
        var brief = data.briefs().brief();
        return !brief.attention().isEmpty() || !brief.conclusions().isEmpty();
    }

    /** The chosen slides that have data for the term, in order; the title at least. */
    public List<Slide> shown(List<Slide> chosen, TermPeriod term) {
        List<Slide> shown = chosen.stream().filter(slide -> hasData(slide, term)).toList();
        return shown.isEmpty() ? List.of(Slide.TITLE) : shown;
    }
}
