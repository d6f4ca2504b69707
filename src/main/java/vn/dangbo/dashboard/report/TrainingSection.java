package vn.dangbo.dashboard.report;

import java.util.List;
import java.util.Optional;
import vn.dangbo.dashboard.report.Source.Place;
import vn.dangbo.dashboard.training.ProgrammeCount;

/** Training: the cadres the committee sent to each programme in the period. */
final class TrainingSection {
    private TrainingSection() {
    }

    static Optional<ReportSection> compose(ReportData data, ReportPeriod period) {
        List<ProgrammeCount> programmes = (period.wholeTerm() ? data.trainings().byProgramme(period.term())
                : data.trainings().byProgrammeIn(period.lastYear())).stream().filter(p -> p.count() > 0).toList();
        if (programmes.isEmpty()) {
            return Optional.empty();
        }
        long total = programmes.stream().mapToLong(ProgrammeCount::count).sum();
        List<Sentence> items = programmes.stream().map(p -> Sentence.of("report.training.programme." + p.programme(),
                Figure.count(p.count(), Source.of(Place.TRAINED, null, p.programme())), Figure.plural(p.count()))).toList();
        SectionBuilder section = new SectionBuilder("training");
        section.say("report.training.sent", SectionBuilder.during(period), Figure.count(total), Figure.list(items),
                Figure.plural(total));
        return section.build();
    }
}
