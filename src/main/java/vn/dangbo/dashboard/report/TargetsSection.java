package vn.dangbo.dashboard.report;

import java.util.List;
import java.util.Optional;
import vn.dangbo.dashboard.report.Source.Place;
import vn.dangbo.dashboard.results.TargetResult;

/** The term's socio-economic targets: how many were achieved, those that were not, and the table of them all. */
final class TargetsSection {
    private TargetsSection() {
    }

    static Optional<ReportSection> compose(ReportData data, ReportPeriod period) {
        List<TargetResult> targets = data.results().targets(period.term());
        if (!period.wholeTerm() || targets.isEmpty()) {
            return Optional.empty();
        }
        Source source = Source.of(Place.TARGETS);
        long met = targets.stream().filter(TargetResult::met).count();
        SectionBuilder section = new SectionBuilder("targets");
        section.say(met == targets.size() ? "report.targets.all" : "report.targets.some",
                Figure.year(period.term().startYear()), Figure.year(period.term().endYear()), Figure.count(met, source),
                Figure.count(targets.size(), source), Figure.plural(targets.size()));
        for (TargetResult target : targets) {
            if (!target.met()) {
                section.say(target.result() == null ? "report.targets.unmet-no-result" : "report.targets.unmet",
                        Figure.text(target.name(), source), Figure.measure(target.target(), target.unit()),
                        target.result() == null ? Figure.text("") : Figure.measure(target.result(), target.unit()));
            }
        }
        section.table(new ReportTable(Sentence.of("report.table.targets", Figure.year(period.term().startYear()),
                Figure.year(period.term().endYear())), List.of("report.column.number", "report.column.target-name",
                "report.column.target", "report.column.result", "report.column.assessment"),
                targets.stream().map(t -> List.of(Figure.count(t.position()), Figure.text(t.name()),
                        Figure.measure(t.target(), t.unit()),
                        t.result() == null ? Figure.word("report.targets.no-result") : Figure.measure(t.result(), t.unit()),
                        Figure.word(t.met() ? "report.targets.met" : "report.targets.not-met"))).toList()));
        return section.build();
    }
}
