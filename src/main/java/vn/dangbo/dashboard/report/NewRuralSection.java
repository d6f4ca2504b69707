package vn.dangbo.dashboard.report;

import java.util.Optional;
import vn.dangbo.dashboard.report.Source.Place;

/** New-rural results: the hamlets at the advanced and model standards, and the commune's criteria. */
final class NewRuralSection {
    private NewRuralSection() {
    }

    static Optional<ReportSection> compose(ReportData data, ReportPeriod period) {
        SectionBuilder section = new SectionBuilder("new-rural");
        Source source = Source.of(Place.AWARDS);
        String hamlets = data.organisation().residentialWord().key() + ".many";
        data.results().latestNewRural(period.term()).filter(r -> period.contains(r.year()) && r.hamlets() > 0).ifPresent(rural -> {
            section.say(rural.advancedOrAbove() == rural.hamlets() ? "report.new-rural.all-advanced"
                            : rural.advancedOrAbove() > 0 ? "report.new-rural.advanced" : "report.new-rural.none-advanced",
                    Figure.year(rural.year()), Figure.count(rural.advancedOrAbove(), source), Figure.count(rural.hamlets(), source),
                    Figure.word(hamlets), Figure.plural(rural.hamlets()));
            if (rural.model() > 0) {
                section.say("report.new-rural.model", Figure.count(rural.model(), source), Figure.word(hamlets),
                        Figure.plural(rural.model()));
            }
        });
        data.results().communeNewRural(period.term()).filter(c -> period.contains(c.year()) && c.total() > 0).ifPresent(commune ->
                section.say(commune.level() == null ? "report.new-rural.commune" : "report.new-rural.commune-level",
                        Figure.year(commune.year()), Figure.count(commune.met(), source), Figure.count(commune.total(), source),
                        commune.level() == null ? Figure.text("") : Figure.word("new-rural." + commune.level()),
                        Figure.plural(commune.total())));
        return section.build();
    }
}
