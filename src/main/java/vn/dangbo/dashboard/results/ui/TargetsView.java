package vn.dangbo.dashboard.results.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.i18n.Formats;
import vn.dangbo.dashboard.base.i18n.Texts;
import vn.dangbo.dashboard.base.security.Role;
import vn.dangbo.dashboard.base.ui.DecimalInput;
import vn.dangbo.dashboard.base.ui.DownloadLinks;
import vn.dangbo.dashboard.base.ui.Grids;
import vn.dangbo.dashboard.organisation.OrganisationService;
import vn.dangbo.dashboard.organisation.TermPeriod;
import vn.dangbo.dashboard.results.TargetConflict;
import vn.dangbo.dashboard.results.TargetResult;
import vn.dangbo.dashboard.results.TermResultService;

/** The office records what each socio-economic target of the term reached; slides and dashboards follow live. */
@Route("targets")
@Menu(order = 7, icon = "vaadin:chart-3d", title = "menu.targets")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK})
class TargetsView extends VerticalLayout implements HasDynamicTitle {
    private final TermResultService results;
    private final Grid<TargetResult> grid = new Grid<>();
    private final Paragraph message = new Paragraph();
    private final @Nullable TermPeriod term;

    TargetsView(TermResultService results, OrganisationService organisation) {
        this.results = results;
        this.term = organisation.currentTerm().orElse(null);
        addClassName("dashboard-view");
        message.setId("targets-message");
        grid.setId("targets-grid");
        grid.addColumn(TargetResult::position).setHeader("STT").setAutoWidth(true);
        grid.addColumn(TargetResult::name).setHeader(getTranslation("targets.name")).setFlexGrow(3);
        grid.addColumn(t -> Formats.withUnit(Formats.decimal(t.target(), getLocale()), t.unit())).setHeader(getTranslation("targets.target"));
        grid.addComponentColumn(this::resultField).setKey("result").setHeader(getTranslation("targets.result"));
        grid.addColumn(t -> getTranslation(t.met() ? "targets.met" : "targets.not-met")).setHeader(getTranslation("targets.state"));
        Grids.scrollSideways(grid);
        grid.setAllRowsVisible(true);
        add(new H2(term == null ? getTranslation("period.no-term")
                : getTranslation("targets.title", String.valueOf(term.startYear()), String.valueOf(term.endYear()))), grid, message);
        if (term != null) {
            add(new DownloadLinks("download-targets", "chi-tieu-" + term.startYear() + "-" + term.endYear(),
                    () -> List.of(TargetTable.of(term, results.targets(term), new Texts(getLocale())))));
        }
        refresh();
    }

    /** 5350.00 as "5350", 48.50 as "48,5": no decimals the figure does not have. */
    private static java.math.@Nullable BigDecimal plain(java.math.BigDecimal value) {
        if (value == null) {
            return null;
        }
        java.math.BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private com.vaadin.flow.component.Component resultField(TargetResult target) {
        DecimalInput field = new DecimalInput(getLocale());
        field.setId("result-" + target.position());
        field.setAriaLabel(getTranslation("targets.result-of", target.name()));
        field.setDecimal(plain(target.result()));
        field.setSuffixComponent(new com.vaadin.flow.component.html.Span(target.unit() == null ? "" : target.unit()));
        Button save = new Button(getTranslation("targets.save"), e -> {
            if (!field.getValue().isBlank() && field.getDecimal().isEmpty()) {
                message.setText(getTranslation("targets.not-a-number", target.name(), field.getValue()));
                return;
            }
            save(target, field.getDecimal().orElse(null));
        });
        save.setId("save-result-" + target.position());
        save.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new com.vaadin.flow.component.html.Div(field, save);
    }

    private void save(TargetResult target, @Nullable BigDecimal value) {
        if (value == null) {
            message.setText(getTranslation("targets.result-required", target.name()));
            return;
        }
        try {
            results.recordResult(Objects.requireNonNull(term, "targets are listed only for a term"), target.position(),
                    target.result(), value);
            message.setText(getTranslation("targets.saved", target.name()));
        } catch (TargetConflict conflict) {
            message.setText(getTranslation(conflict.key(), conflict.parameters()));
        }
        refresh();
    }

    private void refresh() {
        if (term != null) {
            grid.setItems(results.targets(term));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.targets") + " · " + getTranslation("app.name");
    }
}
