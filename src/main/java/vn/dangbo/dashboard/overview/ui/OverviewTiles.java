package vn.dangbo.dashboard.overview.ui;

import vn.dangbo.dashboard.badges.BadgeSummary;
import vn.dangbo.dashboard.organisation.ResidentialWord;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Locale;
import vn.dangbo.dashboard.base.i18n.Formats;
import vn.dangbo.dashboard.base.ui.Change;
import vn.dangbo.dashboard.base.ui.Tile;
import vn.dangbo.dashboard.meetings.ParticipationRange;
import vn.dangbo.dashboard.members.MembershipSummary;
import vn.dangbo.dashboard.organisation.CellCount;
import vn.dangbo.dashboard.organisation.TermPeriod;
import vn.dangbo.dashboard.presentation.Slide;
import vn.dangbo.dashboard.organisation.ui.CellLens;
import vn.dangbo.dashboard.recruitment.DirectWorkerAdmissions;
import vn.dangbo.dashboard.recruitment.RecruitmentProgress;
import vn.dangbo.dashboard.results.TargetAchievement;
import vn.dangbo.dashboard.base.table.Table;

/** The headline figures of the term, one tile each. */
class OverviewTiles extends Div {
    private final Locale locale;

    /** The tiles as rows of a table: what, value, detail; the overview's download. */
    Table table(String title) {
        List<List<Object>> rows = getChildren().filter(Tile.class::isInstance).map(Tile.class::cast)
                .map(tile -> List.<Object>of(tile.getLabel(), tile.getFigure(), tile.getDetail(), tile.getChange())).toList();
        return new Table(title, List.of(getTranslation("overview.export.figure"), getTranslation("overview.export.value"),
                getTranslation("overview.export.detail"), getTranslation("overview.export.change")), rows);
    }

    OverviewTiles(TermPeriod term, OverviewData data, CellLens lens, Locale locale) {
        this.locale = locale;
        addClassName("tiles");
        OverviewLinks links = new OverviewLinks(term, lens.code());
        MembershipSummary members = data.members().currentMembership(lens.code());
        Tile membersTile = new Tile("tile-members", getTranslation("overview.members"), n(members.total()),
                getTranslation("overview.members.detail", n(members.probationary()), n(members.exempt())))
                .counting(members.total()).linkTo(lens.whole() ? links.membership() : links.cellsOrCell(null));
        if (lens.whole()) {
            java.time.LocalDate yearAgo = java.time.LocalDate.now(data.clock()).minusYears(1);
            long before = data.members().membersOn(yearAgo);
            membersTile.withChange(getTranslation("overview.change.year-ago"), Change.of(members.total(), before,
                    Change.Better.NEITHER, getTranslation("overview.change.on-day", Formats.date(yearAgo), n(before)), null, locale));
        }
        add(membersTile);
        if (!lens.whole()) {
            add(admissions(data.recruitment().termProgress(term, lens.code())).linkTo(links.recruitment()));
            DirectWorkerAdmissions direct = data.recruitment().directWorkersFromHamlets(term, lens.code());
            add(new Tile("tile-direct-workers", getTranslation("overview.direct-workers"), n(direct.admitted()),
                    getTranslation("recruitment.direct-workers.cell")).counting(direct.admitted()).linkTo(links.recruitment()));
            return;
        }
        ResidentialWord residential = data.organisation().residentialWord();
        CellCount cells = data.organisation().cellCount();
        add(new Tile("tile-cells", getTranslation("overview.cells"), n(cells.total()),
                getTranslation("overview.cells.detail", n(cells.hamlet()), getTranslation(residential.key()))).counting(cells.total()).linkTo(links.cells(null)));
        TargetAchievement targets = data.results().targetAchievement(term);
        Tile targetsTile = new Tile("tile-targets", getTranslation("overview.targets"),
                targets.total() == 0 ? getTranslation("overview.no-data")
                        : getTranslation("overview.targets.value", n(targets.met()), n(targets.total())),
                getTranslation("overview.targets.detail", share(targets.met(), targets.total())));
        if (targets.total() > 0) {
            targetsTile.linkTo(links.slide(Slide.TARGETS));
        } else {
            targetsTile.withoutData();
        }
        add(targetsTile);
        add(admissions(data.recruitment().termProgress(term)).linkTo(links.recruitment()));
        DirectWorkerAdmissions direct = data.recruitment().directWorkersFromHamlets(term);
        add(new Tile("tile-direct-workers", getTranslation("overview.direct-workers"), n(direct.admitted()),
                getTranslation("overview.direct-workers.detail", n(direct.hamletCellsAdmitting()), n(direct.hamletCells()),
                        getTranslation(residential.key())))
                .counting(direct.admitted()).linkTo(links.recruitment()));
        add(study(data.meetings().studyParticipation(term)).linkTo(links.studies()));
        String day = data.meetings().usualMeetingDay(term).stream()
                .mapToObj(d -> getTranslation("overview.meeting-day.value", String.valueOf(d)))
                .findFirst().orElse(getTranslation("overview.none"));
        add(new Tile("tile-meeting-day", getTranslation("overview.meeting-day"), day,
                getTranslation("overview.meeting-day.detail")).linkTo(links.cells(null)));
        data.results().latestNewRural(term).ifPresent(rural -> {
            Tile newRural = new Tile("tile-new-rural", getTranslation("overview.new-rural",
                    getTranslation(residential.key() + ".kind"), getTranslation(residential.key() + ".many")),
                    getTranslation("overview.new-rural.value", n(rural.advancedOrAbove()), n(rural.hamlets())),
                    getTranslation("overview.new-rural.detail", String.valueOf(rural.year()), n(rural.model()),
                            getTranslation(residential.key() + ".many")));
            add(newRural.linkTo(links.slide(Slide.AWARDS)));
        });
        data.results().communeNewRural(term).ifPresent(commune -> add(new Tile("tile-commune-criteria",
                getTranslation("overview.commune-criteria"), n(commune.met()) + "/" + n(commune.total()),
                getTranslation(commune.level() == null ? "overview.commune-criteria.detail"
                        : "overview.commune-criteria.detail-level", String.valueOf(commune.year()),
                        commune.level() == null ? "" : getTranslation("new-rural." + commune.level())))
                .linkTo(links.slide(Slide.AWARDS))));
        // The badges of the page's term: this year's in the current term, the term's last year's in an earlier one.
        int badgeYear = Math.max(term.startYear(), Math.min(term.endYear(), java.time.LocalDate.now(data.clock()).getYear()));
        BadgeSummary badges = data.badges().summary(badgeYear);
        BadgeSummary lastYear = data.badges().summary(badgeYear - 1);
        add(new Tile("tile-badges", getTranslation("overview.badges", String.valueOf(badges.year())), n(badges.due()),
                getTranslation("overview.badges.detail", n(badges.early())))
                .counting(badges.due()).linkTo(links.badges(badges.year()))
                .withChange(getTranslation("overview.change.year", String.valueOf(lastYear.year())), Change.of(badges.due(),
                        lastYear.due(), Change.Better.NEITHER, getTranslation("table.change.previous",
                                String.valueOf(lastYear.year()), n(lastYear.due())), null, locale)));
    }

    private Tile admissions(RecruitmentProgress progress) {
        String detail;
        if (!progress.hasTarget()) {
            detail = getTranslation("overview.admissions.no-target");
        } else if (progress.ratio() > 1) {
            detail = getTranslation("overview.admissions.detail", Formats.percent(progress.ratio(), locale),
                    Formats.percent(progress.ratio() - 1, locale));
        } else {
            detail = getTranslation("overview.admissions.detail-below", Formats.percent(progress.ratio(), locale));
        }
        String value = progress.hasTarget()
                ? getTranslation("overview.admissions.value", n(progress.admitted()), n(progress.target()))
                : n(progress.admitted());
        Tile tile = new Tile("tile-admissions", getTranslation("overview.admissions"), value, detail);
        return progress.hasTarget() ? tile : tile.counting(progress.admitted());
    }

    private Tile study(ParticipationRange range) {
        if (range.campaigns() == 0) {
            return new Tile("tile-study", getTranslation("overview.study"), getTranslation("overview.no-data"),
                    getTranslation("overview.study.none")).withoutData();
        }
        String value = getTranslation("overview.study.value", Formats.wholePercent(range.lowest(), locale).replace("%", ""),
                Formats.wholePercent(range.highest(), locale));
        return new Tile("tile-study", getTranslation("overview.study"), value,
                getTranslation("overview.study.detail", n(range.campaigns())));
    }

    private String share(long part, long whole) {
        return whole == 0 ? getTranslation("overview.none") : Formats.percent((double) part / whole, locale);
    }

    private String n(long value) {
        return Formats.number(value, locale);
    }
}
