package vn.dangbo.dashboard.recruitment.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.Map;
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
    public static String admitted(TermPeriod term, Integer year, String cellCode) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put(PeriodSelection.TERM, term.label());
        if (year != null) {
            params.put(PeriodSelection.YEAR, String.valueOf(year));
        }
        if (cellCode != null) {
            params.put(CellLens.CELL, cellCode);
        }
        return ADMITTED_ROUTE + "?" + QueryParameters.simple(params).getQueryString();
    }

    /** The candidates at a stage of the pipeline, in one cell (null: in all). */
    public static String candidates(CandidateStage stage, String cellCode) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put(STAGE, stage.name());
        if (cellCode != null) {
            params.put(CellLens.CELL, cellCode);
        }
        return CANDIDATES_ROUTE + "?" + QueryParameters.simple(params).getQueryString();
    }
}
