package vn.dangbo.dashboard.badges;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.dashboard.organisation.TermPeriod;

/** Party badges: who is due one in a year, at which round, and those presented. */
@Service
@Transactional(readOnly = true)
public class BadgeService {
    private final BadgeRepository badges;

    BadgeService(BadgeRepository badges) {
        this.badges = badges;
    }

    /**
     * The members due a badge at the year's rounds: those who reach a badge's party age after the previous year's
     * last round and by this year's (each at the first round on or after that day), and, marked early, those who
     * reach it later but within the months a seriously ill member may receive it before (at the first round of the
     * year that is that close). A badge the member already holds is left out; so are members who have left.
     */
    public List<DueBadge> dueIn(int year) {
        LocalDate lastRound = AwardRound.NOVEMBER_7.in(year);
        LocalDate previousLast = AwardRound.NOVEMBER_7.in(year - 1);
        int mostMonthsEarly = BadgeRules.monthsEarly(BadgeRules.YEARS.getLast(), EarlyGround.ILLNESS);
        Map<Long, BadgeCandidate> members = new LinkedHashMap<>();
        Set<String> held = new HashSet<>();
        for (BadgeCandidate row : badges.candidates(lastRound.plusMonths(mostMonthsEarly).minusYears(BadgeRules.YEARS.getFirst()))) {
            members.putIfAbsent(row.memberId(), row);
            if (row.held() != null) {
                held.add(row.memberId() + ":" + row.held());
            }
        }
        List<DueBadge> due = new ArrayList<>();
        for (BadgeCandidate m : members.values()) {
            for (int badge : BadgeRules.YEARS) {
                if (held.contains(m.memberId() + ":" + badge)) {
                    continue;
                }
                LocalDate reaches = BadgeRules.due(m.admitted(), badge);
                if (reaches.isAfter(previousLast) && !reaches.isAfter(lastRound)) {
                    due.add(entry(m, badge, reaches, AwardRound.firstOnOrAfter(reaches), false));
                } else if (reaches.isAfter(lastRound)) {
                    LocalDate earliest = reaches.minusMonths(BadgeRules.monthsEarly(badge, EarlyGround.ILLNESS));
                    firstRoundFrom(earliest, year).ifPresent(round -> due.add(entry(m, badge, reaches, round, true)));
                }
            }
        }
        due.sort(Comparator.comparing(DueBadge::round).thenComparing(DueBadge::early)
                .thenComparing(DueBadge::badgeYears, Comparator.reverseOrder()).thenComparing(DueBadge::cellCode)
                .thenComparing(DueBadge::fullName));
        return due;
    }

    private static Optional<LocalDate> firstRoundFrom(LocalDate day, int year) {
        return Arrays.stream(AwardRound.values()).map(r -> r.in(year)).filter(d -> !d.isBefore(day)).findFirst();
    }

    private static DueBadge entry(BadgeCandidate m, int badge, LocalDate reaches, LocalDate round, boolean early) {
        return new DueBadge(m.code(), m.fullName(), m.birthYear(), m.cellCode(), m.cellName(), m.admitted(), badge, reaches,
                round, early);
    }

    /** The badges presented in the term's years, the latest first. */
    public List<AwardedBadge> awarded(TermPeriod term) {
        return badges.awarded(LocalDate.of(term.startYear(), 1, 1), LocalDate.of(term.endYear(), 12, 31));
    }

    /** The overview's figure: how many are due in a year at its rounds, and how many may receive one early. */
    public BadgeSummary summary(int year) {
        List<DueBadge> due = dueIn(year);
        long early = due.stream().filter(DueBadge::early).count();
        return new BadgeSummary(year, due.size() - early, early);
    }

    /** The badges presented in one year, the latest first. */
    public List<AwardedBadge> awardedIn(int year) {
        return badges.awarded(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** How many of each badge were presented in the term's years, the fewest years first. */
    public List<BadgeCount> awardedByBadge(TermPeriod term) {
        return awardedByBadge(term.startYear(), term.endYear());
    }

    /** The same for the years from first to last. */
    public List<BadgeCount> awardedByBadge(int firstYear, int lastYear) {
        return badges.countByBadge(LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31));
    }
}
