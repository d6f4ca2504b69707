package vn.dangbo.dashboard;

import java.util.List;
import java.util.Set;

/** Every route a role may or may not open, with the view it shows: the access tests' table. */
public final class RouteTable {

    /** Route → the view it shows, and the roles allowed to see it. */
    public static final List<Object[]> ROUTES = List.of(
            new Object[] {"ratings?year=2019", "RatingsView", Set.of("ADMIN", "CLERK", "COMMITTEE", "PROVINCE", "CELL_SECRETARY")},
            new Object[] {"recruitment", "RecruitmentView", Set.of("ADMIN", "CLERK", "COMMITTEE", "PROVINCE", "CELL_SECRETARY")},
            new Object[] {"recruitment/candidates?stage=IDENTIFIED", "CandidatesView",
                    Set.of("ADMIN", "CLERK", "COMMITTEE", "PROVINCE", "CELL_SECRETARY")},
            new Object[] {"training/members?programme=UNIVERSITY", "TrainedMembersView",
                    Set.of("ADMIN", "CLERK", "COMMITTEE", "PROVINCE", "CELL_SECRETARY")},
            new Object[] {"attention?month=2020-06", "AttentionView",
                    Set.of("ADMIN", "CLERK", "COMMITTEE", "PROVINCE", "CELL_SECRETARY")},
            new Object[] {"conclusions", "ConclusionsView", Set.of("ADMIN", "CLERK", "COMMITTEE", "PROVINCE")},
            new Object[] {"brief?month=2020-06", "BriefView", Set.of("ADMIN", "CLERK", "COMMITTEE", "PROVINCE")},
            new Object[] {"studies", "StudiesView", Set.of("ADMIN", "CLERK", "COMMITTEE", "PROVINCE")},
            new Object[] {"badges", "BadgesView", Set.of("ADMIN", "CLERK", "COMMITTEE", "PROVINCE")},
            new Object[] {"membership", "MembershipView", Set.of("ADMIN", "CLERK", "COMMITTEE", "PROVINCE")},
            new Object[] {"report?year=2019", "ReportView", Set.of("ADMIN", "CLERK", "COMMITTEE", "PROVINCE")},
            new Object[] {"recruitment/members?year=2019", "AdmittedMembersView",
                    Set.of("ADMIN", "CLERK", "COMMITTEE", "PROVINCE", "CELL_SECRETARY")},
            new Object[] {"cells", "CellsView", Set.of("ADMIN", "CLERK", "COMMITTEE", "PROVINCE")},
            new Object[] {"cells/X01?year=2019", "CellView", Set.of("ADMIN", "CLERK", "COMMITTEE", "PROVINCE", "CELL_SECRETARY")},
            new Object[] {"ratings/members?year=2019&level=GOOD&cell=X01", "RatingMembersView",
                Set.of("ADMIN", "CLERK", "COMMITTEE", "PROVINCE", "CELL_SECRETARY")},
            new Object[] {"present/2", "PresentView", Set.of("ADMIN", "CLERK", "COMMITTEE", "PROVINCE", "PRESENTER")},
            new Object[] {"presentation", "PresentationSettingsView", Set.of("ADMIN", "CLERK", "COMMITTEE")},
            new Object[] {"import", "ImportView", Set.of("ADMIN", "CLERK")},
            new Object[] {"members?cell=X01", "MembersView", Set.of("ADMIN", "CLERK")},
            new Object[] {"targets", "TargetsView", Set.of("ADMIN", "CLERK")},
            new Object[] {"records/khen-thuong", "RecordsView", Set.of("ADMIN", "CLERK")},
            new Object[] {"meetings?cell=X01&year=2019", "MeetingsView", Set.of("ADMIN", "CLERK")},
            new Object[] {"communes", "ProvinceView", Set.of("ADMIN", "CLERK", "COMMITTEE", "PROVINCE")},
            new Object[] {"users", "UsersView", Set.of("ADMIN")},
            new Object[] {"audit", "AuditView", Set.of("ADMIN")});

    private RouteTable() {
    }
}
