package vn.dangbo.dashboard;

import java.util.ArrayList;
import java.util.List;
import vn.dangbo.dashboard.records.RecordService;

/** An address of every view, with the choices that change what it shows (a year, a level, a cell, a slide). */
public final class EveryView {

    private EveryView() {
    }

    public static List<String> pages() {
        List<String> pages = new ArrayList<>(List.of("", "?year=2019", "ratings?year=2019", "ratings?year=2025",
                "ratings/members?year=2019&level=GOOD", "cells?year=2019", "cells/X01?year=2019", "recruitment",
                "members?cell=X01", "meetings", "targets", "import", "users", "audit", "presentation",
                "change-password", "records/unknown", "recruitment/members?year=2019", "recruitment/candidates?stage=IDENTIFIED",
                "recruitment/candidates?stage=NOPE", "training/members?programme=UNIVERSITY", "training/members?programme=X", "studies", "?cell=X01", "ratings?cell=X01", "recruitment?cell=X01", "cells?level=GOOD", "badges",
                "badges?year=2019", "badges?year=abc", "badges?year=2025&show=early",
                "membership", "membership?term=2015-2020", "communes", "communes?year=2019"));
        RecordService.keptHere().forEach(sheet -> pages.add("records/" + sheet.slug()));
        for (int slide = 1; slide <= 12; slide++) {
            pages.add("present/" + slide);
        }
        return pages;
    }
}
