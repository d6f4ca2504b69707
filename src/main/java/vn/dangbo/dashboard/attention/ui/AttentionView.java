package vn.dangbo.dashboard.attention.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.dangbo.dashboard.attention.Attention;
import vn.dangbo.dashboard.attention.AttentionService;
import vn.dangbo.dashboard.base.i18n.Formats;
import vn.dangbo.dashboard.base.i18n.Texts;
import vn.dangbo.dashboard.base.live.LiveUpdates;
import vn.dangbo.dashboard.base.live.Topic;
import vn.dangbo.dashboard.base.security.CurrentUser;
import vn.dangbo.dashboard.base.security.Role;
import vn.dangbo.dashboard.base.ui.Address;
import vn.dangbo.dashboard.base.ui.LiveDashboard;
import vn.dangbo.dashboard.base.ui.MonthInAddress;
import vn.dangbo.dashboard.base.ui.Paragraphs;
import vn.dangbo.dashboard.conclusions.ConclusionService;
import vn.dangbo.dashboard.conclusions.ui.CarriedForward;

/**
 * What needs the committee's attention in a month ({@code /attention?month=2026-11}): every rule the party's practice
 * checks, each with what it found, each item linking to what it is about. A cell secretary sees their own cell's.
 * Drawn again when the records change, so that an item reaches an open page when it appears.
 */
@Route(AttentionLinks.ROUTE)
@Menu(order = 0.5, icon = "vaadin:bell", title = "menu.attention")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK, Role.Names.COMMITTEE, Role.Names.PROVINCE, Role.Names.CELL_SECRETARY})
class AttentionView extends LiveDashboard implements HasDynamicTitle {
    /** How many months back the month choice reaches. */
    private static final int MONTHS_BACK = 36;
    private final AttentionService attention;
    private final CurrentUser currentUser;

    private final ConclusionService conclusions;

    AttentionView(AttentionService attention, CurrentUser currentUser, LiveUpdates live, ConclusionService conclusions) {
        super(live, Topic.all());
        this.conclusions = conclusions;
        this.attention = attention;
        this.currentUser = currentUser;
        addClassName("attention-page");
        setPadding(true);
    }

    @Override
    protected void render() {
        removeAll();
        Texts texts = new Texts(getLocale());
        if (!attention.checksHere()) {
            add(new H2(texts.t("menu.attention")), Paragraphs.notice("attention-per-commune", texts.t("attention.per-commune")),
                    new Anchor(vn.dangbo.dashboard.base.ui.MainLayout.COMMUNES, texts.t("attention.to-communes")));
            return;
        }
        MonthInAddress asked = MonthInAddress.read(query(), attention::checkable);
        YearMonth month = asked.orElseGet(attention::defaultMonth);
        Anchor brief = new Anchor(Address.of("brief").with(AttentionLinks.MONTH, month).toString(), texts.t("brief.open"));
        brief.setId("attention-brief");
        add(new H2(texts.t("attention.title", month.getMonthValue(), String.valueOf(month.getYear()))), monthChoice(month),
                new Paragraph(brief));
        asked.refusal().ifPresent(refusal -> add(Paragraphs.notice("attention-bad-month", texts.t(refusal))));
        Attention found = attention.attention(month);
        Optional<String> cell = currentUser.onlyCell();
        if (cell.isPresent()) {
            found = found.only(item -> Objects.equals(item.cellCode(), cell.get()));
        }
        found.recordsEnd().ifPresent(end -> add(Paragraphs.notice("attention-records-end",
                texts.t("attention.records-end", end.getMonthValue() + "/" + end.getYear()))));
        if (cell.isEmpty()) {
            add(CarriedForward.of(conclusions.carriedForward(), texts));
        }
        add(summary(found, texts), new AttentionList(found, texts, currentUser.keepsRecords()));
    }

    private Paragraph summary(Attention found, Texts texts) {
        Paragraph summary = new Paragraph(found.isEmpty()
                ? texts.t("attention.empty", found.month().getMonthValue() + "/" + found.month().getYear(),
                        texts.n(found.byRule().size()), Formats.date(found.asOf()))
                : texts.t("attention.summary", texts.n(found.total()), Formats.date(found.asOf())));
        summary.setId("attention-summary");
        summary.addClassName(found.isEmpty() ? "attention-all-clear" : "attention-has-items");
        return summary;
    }

    private Select<YearMonth> monthChoice(YearMonth month) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = attention.currentMonth(); months.size() < MONTHS_BACK; m = m.minusMonths(1)) {
            months.add(m);
        }
        if (!months.contains(month)) {
            months.add(month);
        }
        Select<YearMonth> choice = new Select<>();
        choice.setId("attention-month");
        choice.setLabel(getTranslation("attention.month"));
        choice.setItems(months);
        choice.setItemLabelGenerator(m -> m.getMonthValue() + "/" + m.getYear());
        choice.setValue(month);
        choice.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().navigate(AttentionLinks.ROUTE,
                        QueryParameters.simple(Map.of(AttentionLinks.MONTH, e.getValue().toString())));
            }
        });
        return choice;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.attention") + " · " + getTranslation("app.name");
    }
}
