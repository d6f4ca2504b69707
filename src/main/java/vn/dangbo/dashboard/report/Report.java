package vn.dangbo.dashboard.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.dangbo.dashboard.organisation.Superior;

/**
 * The figure sections of a year-end or term report, composed from the data: only sections that have something to
 * say, each sentence a template with its figures. With them what the party's form of the document needs: the
 * committee above (its first line) and the admissions target recorded for the year after a year's report (its
 * outlook section).
 */
public record Report(Optional<String> committeeName, Optional<Superior> superior, ReportPeriod period,
                     LocalDate composedOn, List<ReportSection> sections, Optional<Long> nextYearAdmissionTarget) {

    public Optional<ReportSection> section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }
}
