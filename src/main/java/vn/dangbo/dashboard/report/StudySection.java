package vn.dangbo.dashboard.report;

import java.util.List;
import java.util.Optional;
import vn.dangbo.dashboard.meetings.StudyRecord;
import vn.dangbo.dashboard.report.Source.Place;

/** Political and ideological education: the resolutions studied in the period and the share of members taking part. */
final class StudySection {
    private StudySection() {
    }

    static Optional<ReportSection> compose(ReportData data, ReportPeriod period) {
        List<StudyRecord> studies = data.meetings().studies(period.term()).stream()
                .filter(s -> period.contains(s.year()) && s.required() > 0).toList();
        if (studies.isEmpty()) {
            return Optional.empty();
        }
        double lowest = studies.stream().mapToDouble(StudyRecord::participation).min().orElseThrow();
        double highest = studies.stream().mapToDouble(StudyRecord::participation).max().orElseThrow();
        Source source = Source.of(Place.STUDIES);
        SectionBuilder section = new SectionBuilder("education");
        section.say(Math.round(lowest * 100) == Math.round(highest * 100) ? "report.education.single" : "report.education.range",
                SectionBuilder.during(period), Figure.count(studies.size(), source), Figure.wholeShare(lowest, source),
                Figure.wholeShare(highest, source), Figure.plural(studies.size()));
        return section.build();
    }
}
