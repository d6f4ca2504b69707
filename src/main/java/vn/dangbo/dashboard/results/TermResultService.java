package vn.dangbo.dashboard.results;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.dashboard.organisation.TermPeriod;

/** What the term achieved: socio-economic targets, awards, new-rural hamlets. */
@Service
@Transactional(readOnly = true)
public class TermResultService {
    private final TermTargetRepository targets;
    private final AwardRepository awards;
    private final HamletStatusRepository hamletStatuses;

    TermResultService(TermTargetRepository targets, AwardRepository awards, HamletStatusRepository hamletStatuses) {
        this.targets = targets;
        this.awards = awards;
        this.hamletStatuses = hamletStatuses;
    }

    public TargetAchievement targetAchievement(TermPeriod term) {
        return targets.achievement(term.id());
    }

    public List<AwardEntry> awards(TermPeriod term) {
        return awards.awardedBetween(term.startYear(), term.endYear());
    }

    /** The hamlets' new-rural standing in the last year of the term that has any. */
    public Optional<NewRuralCount> latestNewRural(TermPeriod term) {
        return hamletStatuses.latestYearBetween(term.startYear(), term.endYear()).flatMap(hamletStatuses::countInYear);
    }
}
