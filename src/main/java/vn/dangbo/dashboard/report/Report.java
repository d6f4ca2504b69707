package vn.dangbo.dashboard.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The figure sections of a year-end or term report, composed from the data: only sections that have something to
 * say, each sentence a template with its figures.
 */
public record Report(Optional<String> committeeName, ReportPeriod period, LocalDate composedOn,
                     List<ReportSection> sections) {

    public Optional<ReportSection> section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }
}
