package vn.dangbo.dashboard.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dangbo.dashboard.discipline.DisciplineForm;

/** Discipline: the decisions taken in the period, by form. */
final class DisciplineSection {
    private DisciplineSection() {
    }

    static Optional<ReportSection> compose(ReportData data, ReportPeriod period) {
        Map<DisciplineForm, Long> forms = new EnumMap<>(DisciplineForm.class);
        data.discipline().byYear(period.term()).stream().filter(d -> period.contains(d.year()))
                .forEach(d -> forms.merge(d.form(), d.count(), Long::sum));
        long total = forms.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return Optional.empty();
        }
        List<Sentence> items = forms.entrySet().stream().filter(e -> e.getValue() > 0).map(e -> Sentence.of("report.discipline.form",
                Figure.count(e.getValue()), Figure.word("discipline.form." + e.getKey()), Figure.plural(e.getValue()))).toList();
        SectionBuilder section = new SectionBuilder("discipline");
        section.say("report.discipline.decisions", SectionBuilder.during(period), Figure.count(total), Figure.list(items),
                Figure.plural(total));
        return section.build();
    }
}
