package vn.dangbo.dashboard.results;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.dashboard.base.i18n.Message;
import vn.dangbo.dashboard.base.live.DataChanged;
import vn.dangbo.dashboard.base.live.Topic;
import vn.dangbo.dashboard.base.live.ValueChanges;
import vn.dangbo.dashboard.organisation.TermPeriod;

/** What the term achieved: socio-economic targets, awards, new-rural hamlets. */
@Service
@Transactional(readOnly = true)
public class TermResultService {
    private final TermTargetRepository targets;
    private final AwardRepository awards;
    private final HamletStatusRepository hamletStatuses;
    private final CommuneCriteriaRepository communeCriteria;
    private final ApplicationEventPublisher events;

    TermResultService(TermTargetRepository targets, AwardRepository awards, HamletStatusRepository hamletStatuses,
                      CommuneCriteriaRepository communeCriteria, ApplicationEventPublisher events) {
        this.targets = targets;
        this.awards = awards;
        this.hamletStatuses = hamletStatuses;
        this.communeCriteria = communeCriteria;
        this.events = events;
    }

    /** The commune's own new-rural criteria in the latest year of the term that has them. */
    public Optional<CommuneNewRural> communeNewRural(TermPeriod term) {
        return communeCriteria.latestBetween(term.startYear(), term.endYear());
    }

    /** The term's socio-economic targets in the congress's order, each with its result. */
    public List<TargetResult> targets(TermPeriod term) {
        return targets.findByTermIdOrderByPosition(term.id()).stream()
                .map(t -> new TargetResult(t.getPosition(), t.getName(), t.getUnit(), t.getDirection(),
                        t.getTargetValue(), t.getResultValue(), t.isMet()))
                .toList();
    }

    /**
     * Records the result reached for one of the term's targets (numbered as the congress numbered them).
     * Open dashboards and presentations follow.
     */
    @Transactional
    public void recordResult(TermPeriod term, int position, BigDecimal result) {
        TermTarget target = target(term, position);
        BigDecimal before = target.getResultValue();
        target.recordResult(result);
        published(term, position, before, result);
    }

    /**
     * Records a result as a form does: only if the result is still {@code shown}, the one the clerk saw.
     *
     * @throws TargetConflict when someone else recorded another result meanwhile; nothing is saved then
     */
    @Transactional
    public void recordResult(TermPeriod term, int position, BigDecimal shown, BigDecimal result) {
        TermTarget target = target(term, position);
        BigDecimal current = target.getResultValue();
        if (current == null ? shown != null : shown == null || current.compareTo(shown) != 0) {
            throw current == null ? new TargetConflict("targets.error.stale-empty", target.getName())
                    : new TargetConflict("targets.error.stale", target.getName(), current.stripTrailingZeros());
        }
        target.recordResult(result);
        published(term, position, current, result);
    }

    private void published(TermPeriod term, int position, BigDecimal before, BigDecimal after) {
        events.publishEvent(new DataChanged("term-target", new Message("audit.details.term-target", term.label(),
                String.valueOf(position), ValueChanges.between(Collections.singletonMap("Kết quả", before),
                Collections.singletonMap("Kết quả", after))), Topic.RESULTS));
    }

    private TermTarget target(TermPeriod term, int position) {
        return targets.findByTermIdAndPosition(term.id(), position).orElseThrow(() ->
                new IllegalArgumentException("Term " + term.label() + " has no target " + position));
    }

    public TargetAchievement targetAchievement(TermPeriod term) {
        return targets.achievement(term.id());
    }

    public List<AwardEntry> awards(TermPeriod term) {
        return awards.awardedBetween(term.startYear(), term.endYear());
    }

    /** The hamlets' new-rural standing in the last year of the term that has any. */
    public Optional<NewRuralCount> latestNewRural(TermPeriod term) {
        return hamletStatuses.latestBetween(term.startYear(), term.endYear());
    }
}
