package vn.dangbo.dashboard.report;

import java.time.Clock;
import org.springframework.stereotype.Component;
import vn.dangbo.dashboard.badges.BadgeService;
import vn.dangbo.dashboard.discipline.DisciplineService;
import vn.dangbo.dashboard.meetings.MeetingService;
import vn.dangbo.dashboard.members.MemberService;
import vn.dangbo.dashboard.organisation.OrganisationService;
import vn.dangbo.dashboard.ratings.RatingService;
import vn.dangbo.dashboard.recruitment.RecruitmentService;
import vn.dangbo.dashboard.results.TermResultService;
import vn.dangbo.dashboard.training.TrainingService;

/** The services the report reads its figures from, in one place. */
@Component
record ReportData(OrganisationService organisation, MemberService members, RatingService ratings,
                  RecruitmentService recruitment, MeetingService meetings, TrainingService trainings,
                  TermResultService results, BadgeService badges, DisciplineService discipline,
                  vn.dangbo.dashboard.statistics.StatisticsService statistics, Clock clock) {
}
