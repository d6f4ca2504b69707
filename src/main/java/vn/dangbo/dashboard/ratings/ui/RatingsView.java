package vn.dangbo.dashboard.ratings.ui;

import java.util.EnumSet;
import vn.dangbo.dashboard.base.security.Role;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import vn.dangbo.dashboard.base.live.LiveUpdates;
import vn.dangbo.dashboard.base.live.Topic;
import vn.dangbo.dashboard.base.ui.LiveDashboard;
import vn.dangbo.dashboard.organisation.ui.PeriodFilter;
import vn.dangbo.dashboard.organisation.ui.PeriodSelection;
import vn.dangbo.dashboard.organisation.OrganisationService;
import vn.dangbo.dashboard.organisation.TermPeriod;
import vn.dangbo.dashboard.ratings.RatingService;

/** Ratings of members and cells for a year of a term, the trend over the term, and the party's rules checked. */
@Route("ratings")
@Menu(order = 1, icon = "vaadin:medal", title = "menu.ratings")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK, Role.Names.COMMITTEE})
class RatingsView extends LiveDashboard implements HasDynamicTitle {
    private final OrganisationService organisation;
    private final RatingService ratings;


    RatingsView(OrganisationService organisation, RatingService ratings, LiveUpdates live) {
        super(live, EnumSet.of(Topic.RATINGS, Topic.MEMBERS, Topic.ORGANISATION));
        this.organisation = organisation;
        this.ratings = ratings;
    }


    @Override
    protected void render() {
        removeAll();
        add(new H2(getTranslation("ratings.title")));
        var terms = organisation.terms();
        PeriodSelection.resolve(query(), terms, ratings::latestRatedYear)
                .ifPresentOrElse(selection -> show(terms, selection),
                        () -> add(new Paragraph(getTranslation("period.no-term"))));
    }

    private void show(java.util.List<TermPeriod> terms, PeriodSelection selection) {
        add(new PeriodFilter(terms, selection, true, (term, year) -> {
            PeriodSelection next = selection.changedTo(term, year, ratings::latestRatedYear);
            UI.getCurrent().navigate("ratings", next.query(true));
        }));
        RatingPanels panels = new RatingPanels(ratings, selection, getLocale());
        add(panels.ruleSet());
        Div grid = new Div(panels.membersOfYear(), panels.checks(), panels.memberTrend(), panels.cellTrend());
        grid.addClassName("card-grid");
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.ratings") + " · " + getTranslation("app.name");
    }
}
