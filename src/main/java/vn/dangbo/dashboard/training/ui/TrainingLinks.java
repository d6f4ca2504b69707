package vn.dangbo.dashboard.training.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.dangbo.dashboard.organisation.TermPeriod;
import vn.dangbo.dashboard.organisation.ui.CellLens;
import vn.dangbo.dashboard.organisation.ui.PeriodSelection;
import vn.dangbo.dashboard.training.TrainingProgramme;

/** Addresses of the training pages. */
public final class TrainingLinks {
    static final String TRAINED_ROUTE = "training/members";
    static final String PROGRAMME = "programme";

    private TrainingLinks() {
    }

    /** The members sent to a programme during a term, in one cell (null: in all). */
    public static String trained(TermPeriod term, TrainingProgramme programme, String cellCode) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put(PeriodSelection.TERM, term.label());
        params.put(PROGRAMME, programme.name());
        if (cellCode != null) {
            params.put(CellLens.CELL, cellCode);
        }
        return TRAINED_ROUTE + "?" + QueryParameters.simple(params).getQueryString();
    }
}
