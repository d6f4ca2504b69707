package vn.dangbo.dashboard.recruitment.ui;

import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.ui.Address;
import vn.dangbo.dashboard.organisation.TermPeriod;
import vn.dangbo.dashboard.organisation.ui.CellLens;
import vn.dangbo.dashboard.organisation.ui.PeriodSelection;
import vn.dangbo.dashboard.recruitment.CandidateStage;

/** Addresses of the recruitment pages, so that every bar opens a page that can be bookmarked. */
public final class RecruitmentLinks {
    static final String ADMITTED_ROUTE = "recruitment/members";
    static final String CANDIDATES_ROUTE = "recruitment/candidates";
    static final String STAGE = "stage";

    private RecruitmentLinks() {
    }

    /** The members admitted in a year of a term (year null: in the whole term), in one cell (null: in all). */
    public static String admitted(TermPeriod term, @Nullable Integer year, @Nullable String cellCode) {
        return Address.of(ADMITTED_ROUTE).with(PeriodSelection.TERM, term.label()).with(PeriodSelection.YEAR, year)
                .with(CellLens.CELL, cellCode).toString();
    }

    /** The candidates at a stage of the pipeline, in one cell (null: in all). */
    public static String candidates(@Nullable CandidateStage stage, @Nullable String cellCode) {
        return Address.of(CANDIDATES_ROUTE).with(STAGE, stage == null ? null : stage.name()).with(CellLens.CELL, cellCode).toString();
    }
}
