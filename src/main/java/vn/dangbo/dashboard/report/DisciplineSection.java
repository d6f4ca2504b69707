package vn.dangbo.dashboard.report;

import java.util.EnumMap;
import vn.dangbo.dashboard.inspection.InspectionKind;
import vn.dangbo.dashboard.inspection.InspectionSubject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dangbo.dashboard.discipline.DisciplineForm;

/** Discipline: the decisions taken in the period, by form. */
final class DisciplineSection {
    private DisciplineSection() {
    }

    static Optional<ReportSection> compose(ReportData data, ReportPeriod period) {
        SectionBuilder section = new SectionBuilder("discipline");
        inspections(data, period, section);
        Map<DisciplineForm, Long> forms = new EnumMap<>(DisciplineForm.class);
        data.discipline().byYear(period.term()).stream().filter(d -> period.contains(d.year()))
                .forEach(d -> forms.merge(d.form(), d.count(), Long::sum));
        long total = forms.values().stream().mapToLong(Long::longValue).sum();
        if (total > 0) {
            List<Sentence> items = forms.entrySet().stream().filter(e -> e.getValue() > 0).map(e -> Sentence.of("report.discipline.form",
                    Figure.count(e.getValue()), Figure.word("discipline.form." + e.getKey()), Figure.plural(e.getValue()))).toList();
            section.say("report.discipline.decisions", SectionBuilder.during(period), Figure.count(total), Figure.list(items),
                    Figure.plural(total));
        }
        return section.build();
    }

    /** Kiểm tra, giám sát: how many cells, organisations and members the committee inspected and supervised. */
    private static void inspections(ReportData data, ReportPeriod period, SectionBuilder section) {
        Map<InspectionKind, Map<InspectionSubject, Long>> counts = new EnumMap<>(InspectionKind.class);
        for (int year = period.firstYear(); year <= period.lastYear(); year++) {
            data.statistics().committeeYear(year).inspections().forEach((kind, subjects) -> subjects.forEach((subject, n) ->
                    counts.computeIfAbsent(kind, k -> new EnumMap<>(InspectionSubject.class)).merge(subject, n, Long::sum)));
        }
        for (Map.Entry<InspectionKind, Map<InspectionSubject, Long>> kind : counts.entrySet()) {
            List<Sentence> whom = kind.getValue().entrySet().stream().map(e -> Sentence.of("report.inspection.subject",
                    Figure.count(e.getValue()), Figure.word("inspection.subject." + e.getKey()))).toList();
            section.say("report.inspection." + kind.getKey(), SectionBuilder.during(period), Figure.list(whom));
        }
    }
}
