package vn.dangbo.dashboard.training.ui;

import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.ui.Address;
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
    public static String trained(TermPeriod term, TrainingProgramme programme, @Nullable String cellCode) {
        return Address.of(TRAINED_ROUTE).with(PeriodSelection.TERM, term.label()).with(PROGRAMME, programme.name())
                .with(CellLens.CELL, cellCode).toString();
    }
}
