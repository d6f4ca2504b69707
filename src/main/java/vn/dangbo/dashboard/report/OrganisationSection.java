package vn.dangbo.dashboard.report;

import java.time.LocalDate;
import java.util.Optional;
import vn.dangbo.dashboard.members.MembershipSummary;
import vn.dangbo.dashboard.organisation.CellCount;
import vn.dangbo.dashboard.report.Source.Place;

/**
 * The organisation and its members: how many members in how many cells (and hamlet cells), the probationary and the
 * exempt, and the change since the period began. A report of the newest term (or of this year) counts today's
 * members; of an earlier period, those on the day after it ended.
 */
final class OrganisationSection {
    private OrganisationSection() {
    }

    static Optional<ReportSection> compose(ReportData data, ReportPeriod period, boolean current) {
        SectionBuilder section = new SectionBuilder("organisation");
        long total;
        Figure asOf;
        MembershipSummary today = null;
        if (current) {
            today = data.members().currentMembership();
            total = today.total();
            asOf = Figure.sentence(Sentence.of("report.as-of.now"));
        } else {
            total = data.members().membersOn(LocalDate.of(period.lastYear() + 1, 1, 1));
            asOf = Figure.sentence(Sentence.of("report.as-of.year-end", Figure.year(period.lastYear())));
        }
        if (total == 0) {
            return Optional.empty();
        }
        Source members = Source.of(Place.MEMBERSHIP);
        CellCount cells = data.organisation().cellCount();
        Figure[] figures = {asOf, Figure.count(total, members), Figure.count(cells.total(), Source.of(Place.CELLS)),
                Figure.count(cells.hamlet(), Source.of(Place.CELLS)), Figure.word(data.organisation().residentialWord().key()),
                Figure.plural(total), Figure.plural(cells.total())};
        section.say(cells.total() == 0 ? "report.organisation.members"
                : cells.hamlet() == 0 ? "report.organisation.members-cells" : "report.organisation.members-cells-hamlet", figures);
        if (today != null && today.probationary() > 0) {
            section.say("report.organisation.probationary", Figure.count(today.probationary(), members),
                    Figure.plural(today.probationary()));
        }
        if (today != null && today.exempt() > 0) {
            section.say("report.organisation.exempt", Figure.count(today.exempt(), members), Figure.plural(today.exempt()));
        }
        long before = data.members().membersOn(LocalDate.of(period.firstYear(), 1, 1));
        if (before > 0) {
            long change = total - before;
            section.say(SectionBuilder.change(period.wholeTerm() ? "report.organisation.since-term" : "report.organisation.since-year", change),
                    Figure.count(before, members), Figure.count(Math.abs(change), members), Figure.year(period.firstYear() - 1),
                    Figure.plural(Math.abs(change)), Figure.plural(before));
        }
        return section.build();
    }
}
