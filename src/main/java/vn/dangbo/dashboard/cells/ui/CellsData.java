package vn.dangbo.dashboard.cells.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import vn.dangbo.dashboard.meetings.MeetingService;
import vn.dangbo.dashboard.members.MemberService;
import vn.dangbo.dashboard.organisation.OrganisationService;
import vn.dangbo.dashboard.ratings.RatingService;
import vn.dangbo.dashboard.recruitment.RecruitmentService;

/** The services the cells pages read from. */
@SpringComponent
record CellsData(OrganisationService organisation, MemberService members, RatingService ratings,
                 MeetingService meetings, RecruitmentService recruitment,
                 vn.dangbo.dashboard.conclusions.ConclusionService conclusions, java.time.Clock clock) {
}
