package vn.dangbo.dashboard.badges.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;
import vn.dangbo.dashboard.badges.BadgeService;
import vn.dangbo.dashboard.base.live.LiveUpdates;
import vn.dangbo.dashboard.base.live.Topic;
import vn.dangbo.dashboard.base.security.CurrentUser;
import vn.dangbo.dashboard.base.security.Role;
import vn.dangbo.dashboard.base.ui.LiveDashboard;

/**
 * Party badges for a year ({@code /badges?year=2025}): who is due which badge at each of the year's rounds, those who
 * may receive one early if seriously ill, how many of each, and those presented.
 */
@Route("badges")
@Menu(order = 3.5, icon = "vaadin:star", title = "menu.badges")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK, Role.Names.COMMITTEE, Role.Names.PROVINCE})
class BadgesView extends LiveDashboard implements HasDynamicTitle {
    /** How many years back and ahead of today the year choice reaches. */
    private static final int YEARS_BACK = 10;
    private final BadgeService badges;
    private final CurrentUser currentUser;
    private final Clock clock;

    BadgesView(BadgeService badges, CurrentUser currentUser, Clock clock, LiveUpdates live) {
        super(live, EnumSet.of(Topic.MEMBERS));
        this.badges = badges;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    protected void render() {
        removeAll();
        int thisYear = LocalDate.now(clock).getYear();
        int year = query().getSingleParameter("year").flatMap(BadgesView::parse)
                .filter(y -> y >= thisYear - YEARS_BACK && y <= thisYear + 1).orElse(thisYear);
        add(new H2(getTranslation("badges.title", String.valueOf(year))), yearChoice(year, thisYear));
        BadgePanels panels = new BadgePanels(badges.dueIn(year), badges.awardedIn(year), year, currentUser.keepsRecords(),
                getLocale());
        Div charts = new Div(panels.byBadgeAndRound(), panels.awarded());
        charts.addClassName("card-grid");
        BadgePanels.Shown shown = BadgePanels.Shown.of(query().getSingleParameter("show").orElse(""));
        add(panels.tiles(), shownChoice(year, shown), panels.dueList(shown, this::query, this::replaceQuery), charts);
    }

    private Select<Integer> yearChoice(int year, int thisYear) {
        Select<Integer> choice = new Select<>();
        choice.setId("badges-year");
        choice.setLabel(getTranslation("period.year"));
        choice.setItems(IntStream.rangeClosed(thisYear - YEARS_BACK, thisYear + 1).boxed().sorted(java.util.Comparator.reverseOrder())
                .toList());
        choice.setValue(year);
        choice.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().navigate("badges", QueryParameters.of("year", String.valueOf(e.getValue())));
            }
        });
        return choice;
    }

    /** All of the due list, only the due, or only those who may receive a badge early: kept in the address. */
    private Select<BadgePanels.Shown> shownChoice(int year, BadgePanels.Shown shown) {
        Select<BadgePanels.Shown> choice = new Select<>();
        choice.setId("badges-shown");
        choice.setLabel(getTranslation("badges.shown"));
        choice.setItems(BadgePanels.Shown.values());
        choice.setItemLabelGenerator(s -> getTranslation("badges.shown." + s));
        choice.setValue(shown);
        choice.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().navigate("badges", e.getValue() == BadgePanels.Shown.ALL
                        ? QueryParameters.of("year", String.valueOf(year))
                        : QueryParameters.simple(java.util.Map.of("year", String.valueOf(year),
                                "show", e.getValue().name().toLowerCase(java.util.Locale.ROOT))));
            }
        });
        return choice;
    }

    private static java.util.Optional<Integer> parse(String text) {
        try {
            return java.util.Optional.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.badges") + " · " + getTranslation("app.name");
    }
}
