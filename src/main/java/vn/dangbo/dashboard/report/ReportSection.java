package vn.dangbo.dashboard.report;

import java.util.List;

/**
 * One section of the report: its heading (bundle key {@code report.section.<key>}), its paragraphs of sentences and
 * its tables.
 */
public record ReportSection(String key, List<List<Sentence>> paragraphs, List<ReportTable> tables) {

    public String headingKey() {
        return "report.section." + key;
    }

    /** Every sentence of the section, paragraph after paragraph. */
    public List<Sentence> sentences() {
        return paragraphs.stream().flatMap(List::stream).toList();
    }
}
