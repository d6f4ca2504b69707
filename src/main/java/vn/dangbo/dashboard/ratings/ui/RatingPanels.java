package vn.dangbo.dashboard.ratings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.i18n.Formats;
import vn.dangbo.dashboard.base.i18n.Texts;
import vn.dangbo.dashboard.base.table.Table;
import vn.dangbo.dashboard.base.ui.Card;
import vn.dangbo.dashboard.base.ui.DownloadLinks;
import vn.dangbo.dashboard.base.ui.Links;
import vn.dangbo.dashboard.base.ui.Paragraphs;
import vn.dangbo.dashboard.chart.ApexChart;
import vn.dangbo.dashboard.chart.Charts;
import vn.dangbo.dashboard.organisation.CellSummary;
import vn.dangbo.dashboard.organisation.TermPeriod;
import vn.dangbo.dashboard.organisation.ui.CellLens;
import vn.dangbo.dashboard.organisation.ui.MergerMark;
import vn.dangbo.dashboard.organisation.ui.PeriodSelection;
import vn.dangbo.dashboard.ratings.DisciplinedRating;
import vn.dangbo.dashboard.ratings.OutstandingCellCheck;
import vn.dangbo.dashboard.ratings.RatingDistribution;
import vn.dangbo.dashboard.ratings.RatingLevel;
import vn.dangbo.dashboard.ratings.RatingService;
import vn.dangbo.dashboard.ratings.RuleSet;
import vn.dangbo.dashboard.ratings.ScoreBandCount;

/** The cards of the ratings view, each computed from the database's aggregates for the selected term and year. */
class RatingPanels {
    /** The rule checks listed one to a line, at most (a province has hundreds of outstanding cells). */
    static final int LINES_SHOWN = 20;
    private final RatingService ratings;
    private final PeriodSelection selection;
    private final Locale locale;
    private final Texts texts;
    private final List<RatingDistribution> trend;
    /** The cell the view looks at, or null for the whole committee. */
    private final @Nullable CellSummary cell;
    private final @Nullable String cellCode;
    private final Optional<LocalDate> mergedOn;
    private final TermPeriod trendSpan;

    /** @param mergedOn the day the committee was formed by merging former communes, if it was: its trends break there */
    RatingPanels(RatingService ratings, PeriodSelection selection, @Nullable CellSummary cell, Optional<LocalDate> mergedOn,
                 Locale locale) {
        this.ratings = ratings;
        this.mergedOn = mergedOn;
        this.selection = selection;
        this.cell = cell;
        this.cellCode = cell == null ? null : cell.code();
        this.locale = locale;
        this.texts = new Texts(locale);
        this.trendSpan = trendSpan(selection.term(), mergedOn);
        this.trend = cell == null ? ratings.memberTrend(trendSpan) : ratings.memberTrendInCell(trendSpan, cell.code());
    }

    /**
     * The years the trends cover: the term's; for a commune merged during the term, also the term before it, so that
     * its former communes' history is in sight beside its own first year (the merger marked where the series break).
     */
    static TermPeriod trendSpan(TermPeriod term, Optional<LocalDate> mergedOn) {
        boolean mergedInTerm = mergedOn.map(day -> day.getYear() >= term.startYear() && day.getYear() <= term.endYear())
                .orElse(false);
        return mergedInTerm ? new TermPeriod(term.id(), term.startYear() - (term.endYear() - term.startYear()), term.endYear())
                : term;
    }

    Component ruleSet() {
        RuleSet rules = RuleSet.forYear(selection.year());
        Paragraph text = new Paragraph(t("ratings.rule-set." + rules.name(), String.valueOf(selection.year())));
        text.setId("rule-set");
        text.addClassName(rules.mappedLevels() ? "notice-mapped" : "rule-set");
        return text;
    }

    Component membersOfYear() {
        String title = t("ratings.members", String.valueOf(selection.year()));
        RatingDistribution year = yearDistribution().orElse(null);
        if (year == null) {
            return new Card("card-year", title, new Paragraph(t("ratings.no-data", String.valueOf(selection.year()))));
        }
        ApexChart donut = new ApexChart(Charts.donut().values(shortNames(),
                Arrays.stream(RatingLevel.values()).map(year::count).toList()).colors(RatingPalette.all()).height("280px").build());
        donut.setId("chart-year");
        donut.setUnit(t("unit.members")).setFileName(file("xep-loai-dang-vien-" + selection.year()));
        donut.addDataPointClickListener(e -> Links.follow(
                RatingLinks.members(selection, RatingLevel.values()[e.getDataPointIndex()], cellCode)));
        Card card = new Card("card-year", title,
                paragraph("summary-rated", t("ratings.summary-rated", n(year.rated()),
                        pct(year.shareOfRated(year.goodOrAbove())), pct(year.shareOfRated(year.count(RatingLevel.OUTSTANDING))))),
                paragraph("summary-headcount", t("ratings.summary-headcount", n(year.headcount()),
                        pct(year.shareOfHeadcount(year.goodOrAbove())),
                        pct(year.shareOfHeadcount(year.count(RatingLevel.OUTSTANDING))))),
                donut,
                new RatingTable("year-table", year, previousYear().orElse(null), locale,
                        level -> RatingLinks.members(selection, level, cellCode),
                        level -> RatingLinks.newAtLevel(selection, level, cellCode)),
                paragraph("not-rated", RatingTexts.notRated(year, texts)),
                paragraph("click-hint", t("ratings.click-hint")));
        if (cell == null) {
            card.add(paragraph("summary-download", t("export.summary.title", String.valueOf(selection.year()))),
                    new DownloadLinks("download-summary", "xep-loai-" + selection.year(),
                            () -> YearEndSummary.of(ratings, selection.year(), texts)));
        }
        previousYear().ifPresent(previous -> card.add(change(year, previous)));
        return card;
    }

    Component checks() {
        String year = String.valueOf(selection.year());
        Card card = new Card("card-checks", t("ratings.checks", year));
        if (cell == null) {
            yearDistribution().ifPresent(members -> card.add(quota(members)));
            List<String> breachedYears = trend.stream()
                    .filter(d -> RuleSet.forYear(d.year()).quotaConfirmed() && ratings.outstandingQuotaBreached(d))
                    .map(d -> String.valueOf(d.year())).toList();
            if (!breachedYears.isEmpty()) {
                card.add(paragraph("quota-years", t("ratings.quota.years", String.join(", ", breachedYears))));
            }
        }
        List<OutstandingCellCheck> cells = ratings.outstandingCellChecks(selection.year()).stream()
                .filter(check -> cell == null || check.cellCode().equals(cellCode)).toList();
        if (cells.isEmpty()) {
            card.add(paragraph("cell-rule-none", cell == null ? t("ratings.cell-rule.none", year)
                    : t("ratings.cell-rule.not-outstanding", cell.name(), year, ownRating())));
        }
        // Those that break the rule first; a province's hundreds of outstanding cells are counted beyond a page's worth.
        List<OutstandingCellCheck> shown = cells.stream().sorted(java.util.Comparator.comparing(OutstandingCellCheck::satisfied))
                .limit(LINES_SHOWN).toList();
        for (OutstandingCellCheck cell : shown) {
            Paragraph line = Paragraphs.linking("cell-rule-" + cell.cellCode(), t(cell.satisfied() ? "ratings.cell-rule.ok"
                    : "ratings.cell-rule.breached", cell.cellName(), n(cell.completed()), n(cell.rated()), pct(cell.goodShare())),
                    cell.cellName(), "cells/" + cell.cellCode() + "?" + selection.query(true).getQueryString());
            line.addClassName(cell.satisfied() ? "check-ok" : "warning");
            card.add(line);
        }
        if (shown.size() < cells.size()) {
            List<OutstandingCellCheck> rest = cells.stream().filter(c -> !shown.contains(c)).toList();
            card.add(paragraph("cell-rule-more", t("ratings.cell-rule.more", n(rest.size()),
                    n(rest.stream().filter(c -> !c.satisfied()).count()))));
        }
        disciplined(card);
        return card;
    }

    /** Members disciplined during the year yet rated above KHTNV, flagged with their cell as a link. */
    private void disciplined(Card card) {
        List<DisciplinedRating> found = ratings.disciplinedRatedAboveFailed(selection.year()).stream()
                .filter(d -> cell == null || d.cellCode().equals(cellCode)).toList();
        if (found.isEmpty()) {
            return;
        }
        card.add(paragraph("disciplined-rule", t("ratings.disciplined.title") + ". " + t("ratings.disciplined.rule")));
        for (DisciplinedRating d : found.stream().limit(LINES_SHOWN).toList()) {
            Paragraph line = Paragraphs.linking("disciplined-" + d.memberCode(), t("ratings.disciplined.entry", d.fullName(),
                    d.cellName(), t("discipline.form." + d.form()), t("rating.short." + d.level())), d.cellName(),
                    "cells/" + d.cellCode() + "?" + selection.query(true).getQueryString());
            line.addClassName("warning");
            card.add(line);
        }
        if (found.size() > LINES_SHOWN) {
            card.add(paragraph("disciplined-more", t("ratings.disciplined.more", n(found.size() - LINES_SHOWN))));
        }
    }

    Component memberTrend() {
        Charts chart = Charts.column().stacked100().categories(trend.stream().map(this::yearLabel).toList())
                .colors(RatingPalette.all()).height("320px");
        for (RatingLevel level : RatingLevel.values()) {
            chart.series(t("rating.short." + level), trend.stream().map(d -> d.count(level)).toList());
        }
        ApexChart apex = new ApexChart(MergerMark.on(chart, mergedOn, texts).build());
        apex.setId("chart-trend");
        apex.setUnit(t("unit.members")).setFileName(file("xep-loai-qua-cac-nam-" + selection.term().label()));
        apex.addDataPointClickListener(e -> Links.follow(RatingLinks.members(
                selection.withYear(trend.get(e.getDataPointIndex()).year()), RatingLevel.values()[e.getSeriesIndex()], cellCode)));
        Card card = new Card("card-trend", t("ratings.trend"), apex,
                new DownloadLinks("download-trend", "xep-loai-dang-vien-" + (cellCode == null ? "" : cellCode.toLowerCase(Locale.ROOT) + "-")
                        + selection.term().label(), this::trendTable));
        if (trend.stream().anyMatch(d -> RuleSet.forYear(d.year()).mappedLevels())) {
            card.add(paragraph("trend-mapped", t("ratings.trend.mapped-note")));
        }
        return card;
    }

    /**
     * From 2025 (scores decide the level): how the year's scores fall into ten-point bands, each band coloured by the
     * level it gives, the thresholds named. Empty when the year is not rated by score or has no scores.
     */
    java.util.Optional<Component> scoreBands() {
        int year = selection.year();
        List<ScoreBandCount> bands = ratings.scoreBands(year);
        if (RuleSet.forYear(year) != RuleSet.REGULATION_366 || bands.stream().allMatch(b -> b.count() == 0)) {
            return java.util.Optional.empty();
        }
        ApexChart apex = new ApexChart(ScoreBandChart.of(bands, texts).build());
        apex.setId("chart-score-bands");
        apex.setValueFormat(0, "");
        apex.setUnit(t("unit.members")).setFileName(file("phan-bo-diem-" + year));
        return java.util.Optional.of(new Card("card-score-bands", t("ratings.scores.title", String.valueOf(year)), apex,
                paragraph("score-thresholds", t("ratings.scores.thresholds"))));
    }

    /**
     * A merged commune's members rated HTT or better, of those rated, year by year in the cells each former commune
     * handed over: one line per former commune, the merger marked. Empty for a commune that was not merged.
     */
    Optional<Component> trendByFormerCommune(Map<Long, String> formers) {
        if (formers.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, List<RatingDistribution>> byFormer = ratings.memberTrendByFormerCommune(trendSpan);
        List<Integer> years = selection.years();
        Charts chart = Charts.line().categories(years.stream().map(String::valueOf).toList()).yRange(0, 100).height("320px");
        formers.forEach((id, name) -> {
            Map<Integer, RatingDistribution> byYear = new HashMap<>();
            byFormer.getOrDefault(id, List.of()).forEach(d -> byYear.put(d.year(), d));
            chart.series(name, years.stream().map(y -> {
                RatingDistribution d = byYear.get(y);
                return d == null || d.rated() == 0 ? null : Math.round(d.shareOfRated(d.goodOrAbove()) * 1000) / 10.0;
            }).toList());
        });
        ApexChart apex = new ApexChart(MergerMark.on(chart, mergedOn, texts).build());
        apex.setValueFormat(1, "%");
        apex.setId("chart-trend-former");
        apex.setFileName(file("xep-loai-theo-xa-cu-" + selection.term().label()));
        return Optional.of(new Card("card-trend-former", t("ratings.trend-former"), apex,
                paragraph("trend-former-note", t("ratings.trend-former.note"))));
    }

    Component cellTrend() {
        List<RatingDistribution> cells = ratings.cellTrend(trendSpan);
        Charts chart = Charts.column().stacked().categories(cells.stream().map(this::yearLabel).toList())
                .colors(RatingPalette.all()).height("320px");
        for (RatingLevel level : RatingLevel.values()) {
            chart.series(t("rating.short." + level), cells.stream().map(d -> d.count(level)).toList());
        }
        ApexChart apex = new ApexChart(MergerMark.on(chart, mergedOn, texts).build());
        apex.setValueFormat(0, "");
        apex.setId("chart-cells-trend");
        apex.setUnit(t("unit.cells")).setFileName("xep-loai-chi-bo-" + selection.term().label());
        return new Card("card-cells-trend", t("ratings.cells-trend"), apex);
    }

    private List<Table> trendTable() {
        List<String> headers = new ArrayList<>(List.of(t("export.year"), t("export.summary.headcount"), t("export.summary.rated")));
        for (RatingLevel level : RatingLevel.values()) {
            headers.add(t("rating.short." + level));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (RatingDistribution d : trend) {
            List<Object> row = new ArrayList<>(List.of(d.year(), d.headcount(), d.rated()));
            for (RatingLevel level : RatingLevel.values()) {
                row.add(d.count(level));
            }
            rows.add(row);
        }
        return List.of(new Table(t("export.trend"), headers, rows));
    }

    private Component quota(RatingDistribution members) {
        long outstanding = members.count(RatingLevel.OUTSTANDING);
        long good = members.count(RatingLevel.GOOD);
        String ratio = pct(good == 0 ? 0 : (double) outstanding / good);
        Paragraph line;
        if (!RuleSet.forYear(members.year()).quotaConfirmed()) {
            line = paragraph("quota", t("ratings.quota.not-confirmed", String.valueOf(members.year()), ratio));
        } else if (ratings.outstandingQuotaBreached(members)) {
            line = paragraph("quota", t("ratings.quota.breached", n(outstanding), n(good), ratio));
            line.addClassName("warning");
        } else {
            line = paragraph("quota", t("ratings.quota.ok", n(outstanding), n(good), ratio));
            line.addClassName("check-ok");
        }
        return line;
    }

    private Component change(RatingDistribution year, RatingDistribution previous) {
        List<Component> lines = new ArrayList<>();
        lines.add(paragraph("change-title", t("ratings.change", String.valueOf(previous.year()))));
        for (RatingLevel level : RatingLevel.values()) {
            double now = year.shareOfRated(year.count(level));
            double before = previous.shareOfRated(previous.count(level));
            lines.add(paragraph("change-" + level.name(), t("ratings.change.level", t("rating.short." + level), pct(now),
                    String.valueOf(previous.year()), pct(before), Formats.points(now - before, locale))));
        }
        com.vaadin.flow.component.html.Div block = new com.vaadin.flow.component.html.Div();
        block.setId("change");
        block.addClassName("change");
        lines.forEach(block::add);
        return block;
    }

    /** The lens's cell's own rating in the year, or "chưa xếp loại". */
    private String ownRating() {
        return ratings.cellRatings(selection.term()).stream()
                .filter(r -> r.cellCode().equals(cellCode) && r.year() == selection.year() && r.level() != null)
                .map(r -> t("rating.short." + r.level())).findFirst().orElse(t("cells.not-rated"));
    }

    private Optional<RatingDistribution> yearDistribution() {
        return trend.stream().filter(d -> d.year() == selection.year()).findFirst();
    }

    private Optional<RatingDistribution> previousYear() {
        return trend.stream().filter(d -> d.year() == selection.year() - 1).findFirst();
    }

    /** A download's name, with the lens's cell when there is one. */
    private String file(String name) {
        return CellLens.fileName(name, cellCode);
    }

    private String yearLabel(RatingDistribution d) {
        return RuleSet.forYear(d.year()).mappedLevels() ? d.year() + "*" : String.valueOf(d.year());
    }

    private List<String> shortNames() {
        return Arrays.stream(RatingLevel.values()).map(l -> t("rating.short." + l)).toList();
    }

    private static Paragraph paragraph(String id, String text) {
        return Paragraphs.of(id, text);
    }

    private String pct(double share) {
        return texts.pct(share);
    }

    private String n(long value) {
        return texts.n(value);
    }

    private String t(String key, Object... params) {
        return texts.t(key, params);
    }
}
