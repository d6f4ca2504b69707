package vn.dangbo.dashboard.report;

import java.util.List;

/** A table of the report: its title, its column headings (bundle keys) and its rows of figures. */
public record ReportTable(Sentence title, List<String> columnKeys, List<List<Figure>> rows) {
}
