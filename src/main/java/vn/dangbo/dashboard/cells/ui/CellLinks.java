package vn.dangbo.dashboard.cells.ui;

import vn.dangbo.dashboard.organisation.ui.PeriodSelection;

/** Addresses of the cells pages, carrying the term and year along. */
final class CellLinks {

    private CellLinks() {
    }

    static String cells(PeriodSelection selection) {
        return "cells?" + selection.query(true).getQueryString();
    }

    static String cell(String code, PeriodSelection selection) {
        return "cells/" + code + "?" + selection.query(true).getQueryString();
    }
}
