package vn.dangbo.dashboard.overview.ui;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.ui.Address;
import vn.dangbo.dashboard.organisation.TermPeriod;
import vn.dangbo.dashboard.organisation.ui.PeriodSelection;
import vn.dangbo.dashboard.ratings.RatingLevel;
import vn.dangbo.dashboard.ratings.ui.RatingLinks;

/** Where each of the overview's figures leads, with the term (and year) carried in the address. */
final class OverviewLinks {
    private final TermPeriod term;
    /** The cell the overview looks at, or null for the whole committee. */
    private final @Nullable String cellCode;

    OverviewLinks(TermPeriod term, @Nullable String cellCode) {
        this.term = term;
        this.cellCode = cellCode;
    }

    /** The cell's own page for the lens's cell, the cells of the term for the whole committee. */
    String cellsOrCell(@Nullable Integer year) {
        return cellCode == null ? cells(year) : "cells/" + cellCode + "?" + query(year, null);
    }

    /** The cells of the term, for a year when the figure is of one. */
    String cells(@Nullable Integer year) {
        return "cells?" + query(year, null);
    }

    /** The cells rated at a level in a year. */
    String cellsAt(int year, RatingLevel level) {
        return "cells?" + query(year, level);
    }

    /** The presentation's slide that shows this, by its name ("present/targets"): its number depends on the choice. */
    String slide(vn.dangbo.dashboard.presentation.Slide slide) {
        return Address.of("present/" + slide.name().toLowerCase(java.util.Locale.ROOT))
                .with(PeriodSelection.TERM, term.label()).toString();
    }

    /** How the membership moved over the term (the members figure's drill-down). */
    String membership() {
        return Address.of("membership").with(PeriodSelection.TERM, term.label()).toString();
    }

    /** The party badges due in a year and presented. */
    String badges(int year) {
        return Address.of("badges").with("year", year).toString();
    }

    /** The resolutions studied during the term. */
    String studies() {
        return Address.of("studies").with(PeriodSelection.TERM, term.label()).toString();
    }

    String recruitment() {
        return "recruitment?" + query(null, null) + (cellCode == null ? "" : "&cell=" + cellCode);
    }

    String ratings(int year) {
        return "ratings?" + query(year, null);
    }

    /** The members rated at a level in a year. */
    String ratedMembers(int year, RatingLevel level) {
        return RatingLinks.members(new PeriodSelection(term, year, List.of()), level, cellCode);
    }

    /** Those of {@link #ratedMembers} not at that level the year before. */
    String newAtLevel(int year, RatingLevel level) {
        return RatingLinks.newAtLevel(new PeriodSelection(term, year, List.of()), level, cellCode);
    }

    private String query(@Nullable Integer year, @Nullable RatingLevel level) {
        String query = Address.of("").with(PeriodSelection.TERM, term.label()).with(PeriodSelection.YEAR, year)
                .with("level", level == null ? null : level.name()).toString();
        return query.substring(1);
    }
}
