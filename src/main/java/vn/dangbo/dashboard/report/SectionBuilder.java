package vn.dangbo.dashboard.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects a section's sentences and tables; a section with nothing to say is no section. */
final class SectionBuilder {
    private final String key;
    private final List<List<Sentence>> paragraphs = new ArrayList<>();
    private List<Sentence> paragraph = new ArrayList<>();
    private final List<ReportTable> tables = new ArrayList<>();

    SectionBuilder(String key) {
        this.key = key;
    }

    SectionBuilder say(String template, Figure... figures) {
        paragraph.add(Sentence.of(template, figures));
        return this;
    }

    /** What is said next begins a new paragraph. */
    SectionBuilder paragraph() {
        if (!paragraph.isEmpty()) {
            paragraphs.add(List.copyOf(paragraph));
            paragraph = new ArrayList<>();
        }
        return this;
    }

    SectionBuilder table(ReportTable table) {
        if (!table.rows().isEmpty()) {
            tables.add(table);
        }
        return this;
    }

    boolean silent() {
        return paragraphs.isEmpty() && paragraph.isEmpty();
    }

    Optional<ReportSection> build() {
        paragraph();
        return paragraphs.isEmpty() ? Optional.empty() : Optional.of(new ReportSection(key, List.copyOf(paragraphs), List.copyOf(tables)));
    }

    /** "Trong nhiệm kỳ" or "Năm 2019": how a sentence about the whole period begins. */
    static Figure during(ReportPeriod period) {
        return Figure.sentence(period.wholeTerm() ? Sentence.of("report.during.term")
                : Sentence.of("report.during.year", Figure.year(period.lastYear())));
    }

    /** The template for a change: {@code <prefix>.up}, {@code .down} or {@code .same}. */
    static String change(String prefix, double difference) {
        return prefix + (difference > 0 ? ".up" : difference < 0 ? ".down" : ".same");
    }
}
