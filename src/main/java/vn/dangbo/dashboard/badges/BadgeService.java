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
    private final BadgeWindows windows;

    BadgeService(BadgeRepository badges, BadgeWindows windows) {
        this.badges = badges;
        this.windows = windows;
    }

    /**
     * The members due a badge at the year's rounds: those who reach a badge's party age after the previous year's
     * last round and by this year's (each at the first round on or after that day), and, marked early, those who
     * reach it later but within the months a seriously ill member may receive it before (at the first round of the
     * year that is that close). A badge the member already holds is left out; so are members who have left.
     */
    public List<DueBadge> dueIn(int year) {
        YearRounds rounds = new YearRounds(year);
        Map<Long, BadgeCandidate> members = new LinkedHashMap<>();
        Set<String> held = new HashSet<>();
        for (BadgeCandidate row : badges.candidates(rounds.latestAdmission())) {
            members.putIfAbsent(row.memberId(), row);
            if (row.held() != null) {
                held.add(row.memberId() + ":" + row.held());
            }
        }
        List<DueBadge> due = new ArrayList<>();
        for (BadgeCandidate m : members.values()) {
            for (int badge : BadgeRules.YEARS) {
                if (!held.contains(m.memberId() + ":" + badge)) {
                    rounds.roundFor(m.admitted(), badge).ifPresent(round -> due.add(entry(m, badge, round)));
                }
            }
        }
        due.sort(Comparator.comparing(DueBadge::round).thenComparing(DueBadge::early)
                .thenComparing(DueBadge::badgeYears, Comparator.reverseOrder()).thenComparing(DueBadge::cellCode)
                .thenComparing(DueBadge::fullName));
        return due;
    }

    /**
     * A year's rounds and who they concern: a member reaching a badge's party age after the previous year's last round
     * and by this year's is due at the first round on or after that day; one reaching it later, but within the
     * months a seriously ill member may receive it before, may receive it early at the first round of the year that
     * is that close.
     */
    record YearRounds(int year, LocalDate previousLast, LocalDate lastRound) {
        YearRounds(int year) {
            this(year, AwardRound.NOVEMBER_7.in(year - 1), AwardRound.NOVEMBER_7.in(year));
        }

        /** The latest admission that can concern the year's rounds (the first badge, presented early). */
        LocalDate latestAdmission() {
            return lastRound.plusMonths(BadgeRules.monthsEarly(BadgeRules.YEARS.getLast(), EarlyGround.ILLNESS))
                    .minusYears(BadgeRules.YEARS.getFirst());
        }

        /** The admissions that can concern the year's rounds for a badge (a day either side to spare). */
        LocalDate[] admissions(int badge) {
            return new LocalDate[] {previousLast.minusYears(badge),
                    lastRound.plusMonths(BadgeRules.monthsEarly(badge, EarlyGround.ILLNESS)).minusYears(badge).plusDays(1)};
        }

        /** The round a member admitted on a day receives the badge at this year, and whether early; empty if none. */
        Optional<Round> roundFor(LocalDate admitted, int badge) {
            LocalDate reaches = BadgeRules.due(admitted, badge);
            if (reaches.isAfter(previousLast) && !reaches.isAfter(lastRound)) {
                return Optional.of(new Round(reaches, AwardRound.firstOnOrAfter(reaches), false));
            }
            if (reaches.isAfter(lastRound)) {
                LocalDate earliest = reaches.minusMonths(BadgeRules.monthsEarly(badge, EarlyGround.ILLNESS));
                return firstRoundFrom(earliest, year).map(round -> new Round(reaches, round, true));
            }
            return Optional.empty();
        }
    }

    /** The day a member reaches the badge, the round it is presented at, and whether that is early. */
    record Round(LocalDate reaches, LocalDate day, boolean early) {
    }

    private static Optional<LocalDate> firstRoundFrom(LocalDate day, int year) {
        return Arrays.stream(AwardRound.values()).map(r -> r.in(year)).filter(d -> !d.isBefore(day)).findFirst();
    }

    private static DueBadge entry(BadgeCandidate m, int badge, Round round) {
        return new DueBadge(m.code(), m.fullName(), m.birthYear(), m.cellCode(), m.cellName(), m.admitted(), badge,
                round.reaches(), round.day(), round.early());
    }

    /** The badges presented in the term's years, the latest first. */
    public List<AwardedBadge> awarded(TermPeriod term) {
        return badges.awarded(LocalDate.of(term.startYear(), 1, 1), LocalDate.of(term.endYear(), 12, 31));
    }

    /** The overview's figure: how many are due in a year at its rounds, and how many may receive one early. */
    public BadgeSummary summary(int year) {
        YearRounds rounds = new YearRounds(year);
        long due = 0;
        long early = 0;
        for (BadgeWindows.AdmittedOn day : windows.admittedNotHolding(rounds)) {
            for (int badge : BadgeRules.YEARS) {
                Optional<Round> round = rounds.roundFor(day.admitted(), badge);
                if (round.isPresent() && round.get().early()) {
                    early += day.members();
                } else if (round.isPresent()) {
                    due += day.members();
                }
            }
        }
        return new BadgeSummary(year, due, early);
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
