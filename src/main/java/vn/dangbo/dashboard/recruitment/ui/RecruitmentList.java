package vn.dangbo.dashboard.recruitment.ui;

import com.vaadin.flow.router.HasDynamicTitle;
import java.util.Set;
import vn.dangbo.dashboard.base.live.LiveUpdates;
import vn.dangbo.dashboard.base.live.Topic;
import vn.dangbo.dashboard.base.security.CurrentUser;
import vn.dangbo.dashboard.base.ui.LiveDashboard;
import vn.dangbo.dashboard.organisation.OrganisationService;
import vn.dangbo.dashboard.recruitment.RecruitmentService;

/** A list a recruitment chart opens (the admitted, the candidates at a stage), titled by what it lists. */
abstract class RecruitmentList extends LiveDashboard implements HasDynamicTitle {
    protected final OrganisationService organisation;
    protected final RecruitmentService recruitment;
    protected final CurrentUser currentUser;
    protected String title = "";

    RecruitmentList(OrganisationService organisation, RecruitmentService recruitment, CurrentUser currentUser,
                    LiveUpdates live, Set<Topic> shown) {
        super(live, shown);
        this.organisation = organisation;
        this.recruitment = recruitment;
        this.currentUser = currentUser;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
