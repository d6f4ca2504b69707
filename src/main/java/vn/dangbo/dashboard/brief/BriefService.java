package vn.dangbo.dashboard.brief;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.dashboard.attention.Attention;
import vn.dangbo.dashboard.attention.AttentionService;
import vn.dangbo.dashboard.base.i18n.Formats;
import vn.dangbo.dashboard.base.i18n.Message;
import vn.dangbo.dashboard.conclusions.ConclusionService;
import vn.dangbo.dashboard.members.MemberService;
import vn.dangbo.dashboard.organisation.OrganisationService;
import vn.dangbo.dashboard.ratings.RatingDistribution;
import vn.dangbo.dashboard.ratings.RatingLevel;
import vn.dangbo.dashboard.ratings.RatingService;
import vn.dangbo.dashboard.recruitment.RecruitmentService;

/**
 * The monthly meeting's brief for the committee in scope: the changes (members on the day against a year before;
 * admissions this year to the day against the same months last year; the latest year's ratings against the year
 * before), the attention list, and the conclusions carried forward.
 */
@Service
@Transactional(readOnly = true)
public class BriefService {
    /** How many years back the brief looks for the latest year with ratings. */
    private static final int RATING_YEARS_BACK = 5;
    private final AttentionService attention;
    private final ConclusionService conclusions;
    private final MemberService members;
    private final RatingService ratings;
    private final RecruitmentService recruitment;
    private final OrganisationService organisation;

    BriefService(AttentionService attention, ConclusionService conclusions, MemberService members, RatingService ratings,
                 RecruitmentService recruitment, OrganisationService organisation) {
        this.attention = attention;
        this.conclusions = conclusions;
        this.members = members;
        this.ratings = ratings;
        this.recruitment = recruitment;
        this.organisation = organisation;
    }

    /** Whether the scope in force has a brief: a commune's ({@link AttentionService#checksHere()}). */
    public boolean briefsHere() {
        return attention.checksHere();
    }

    /** The brief of the month a meeting looks back on unless told ({@link AttentionService#defaultMonth()}). */
    public MonthlyBrief brief() {
        return brief(defaultMonth());
    }

    /** The month a meeting looks back on unless told. */
    public YearMonth defaultMonth() {
        return attention.defaultMonth();
    }

    /** Whether a month has a brief: not one still to come. */
    public boolean available(YearMonth month) {
        return attention.checkable(month);
    }

    public MonthlyBrief brief(YearMonth month) {
        Attention found = attention.attention(month);
        LocalDate day = found.asOf().minusDays(1);
        List<BriefChange> changes = new ArrayList<>();
        LocalDate yearBefore = day.minusYears(1);
        changes.add(new BriefChange(new Message("brief.figure.members", Formats.date(day)), members.membersOn(day),
                members.membersOn(yearBefore), new Message("brief.compared.day", Formats.date(yearBefore)), 0));
        changes.add(new BriefChange(new Message("brief.figure.admissions", Formats.date(day)),
                recruitment.countAdmittedBetween(day.withDayOfYear(1), day),
                recruitment.countAdmittedBetween(yearBefore.withDayOfYear(1), yearBefore),
                new Message("brief.compared.same-months", String.valueOf(yearBefore.getYear())), 1));
        latestRated(day.getYear()).ifPresent(year -> {
            RatingDistribution now = ratings.memberDistribution(year);
            RatingDistribution before = ratings.memberDistribution(year - 1);
            for (RatingLevel level : RatingLevel.values()) {
                changes.add(new BriefChange(new Message("brief.figure.rating", new Message("rating.short." + level),
                        String.valueOf(year)), now.count(level), before.count(level),
                        new Message("brief.compared.year", String.valueOf(year - 1)), level.betterWhen()));
            }
        });
        return new MonthlyBrief(organisation.committeeName().orElse(""), month, found.asOf(), changes, found,
                conclusions.carriedForward());
    }

    private java.util.Optional<Integer> latestRated(int from) {
        for (int year = from; year > from - RATING_YEARS_BACK; year--) {
            if (ratings.memberDistribution(year).rated() > 0) {
                return java.util.Optional.of(year);
            }
        }
        return java.util.Optional.empty();
    }
}
