package vn.dangbo.dashboard.presentation.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import vn.dangbo.dashboard.badges.BadgeService;
import vn.dangbo.dashboard.members.MemberService;
import vn.dangbo.dashboard.organisation.OrganisationService;
import vn.dangbo.dashboard.presentation.PresentationService;
import vn.dangbo.dashboard.ratings.RatingService;
import vn.dangbo.dashboard.recruitment.RecruitmentService;
import vn.dangbo.dashboard.results.TermResultService;
import vn.dangbo.dashboard.training.TrainingService;

/** The services the slides are computed from. */
@SpringComponent
record SlideData(OrganisationService organisation, MemberService members, RatingService ratings,
                 RecruitmentService recruitment, TrainingService trainings, TermResultService results,
                 PresentationService presentation, BadgeService badges,
                 vn.dangbo.dashboard.brief.BriefService briefs, java.time.Clock clock) {
}
