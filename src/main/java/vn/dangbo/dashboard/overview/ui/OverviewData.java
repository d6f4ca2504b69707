package vn.dangbo.dashboard.overview.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import vn.dangbo.dashboard.attention.AttentionService;
import vn.dangbo.dashboard.badges.BadgeService;
import vn.dangbo.dashboard.meetings.MeetingService;
import vn.dangbo.dashboard.members.MemberService;
import vn.dangbo.dashboard.organisation.OrganisationService;
import vn.dangbo.dashboard.ratings.RatingService;
import vn.dangbo.dashboard.recruitment.RecruitmentService;
import vn.dangbo.dashboard.results.TermResultService;
import vn.dangbo.dashboard.training.TrainingService;

/** The services the overview reads from, in one place. */
@SpringComponent
record OverviewData(OrganisationService organisation, MemberService members, RatingService ratings,
                    RecruitmentService recruitment, MeetingService meetings, TrainingService trainings,
                    TermResultService results, BadgeService badges, AttentionService attention,
                    vn.dangbo.dashboard.conclusions.ConclusionService conclusions,
                    java.time.Clock clock) {
}
