package vn.dangbo.dashboard.report;

import java.util.List;

/** One section of the report: its heading (bundle key {@code report.section.<key>}), sentences and tables. */
public record ReportSection(String key, List<Sentence> sentences, List<ReportTable> tables) {

    public String headingKey() {
        return "report.section." + key;
    }
}
