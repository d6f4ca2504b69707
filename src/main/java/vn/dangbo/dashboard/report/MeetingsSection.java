package vn.dangbo.dashboard.report;

import java.util.Optional;
import vn.dangbo.dashboard.meetings.CellMeetingSummary;
import vn.dangbo.dashboard.report.Source.Place;

/** Cell meetings: the regular and thematic meetings held in the period, attendance, and the usual meeting day. */
final class MeetingsSection {
    private MeetingsSection() {
    }

    static Optional<ReportSection> compose(ReportData data, ReportPeriod period) {
        long regular = 0;
        long thematic = 0;
        long present = 0;
        long required = 0;
        for (CellMeetingSummary cell : data.meetings().summaryByCell(period.firstYear(), period.lastYear())) {
            regular += cell.regularHeld();
            thematic += cell.thematicHeld();
            present += cell.present();
            required += cell.required();
        }
        if (regular + thematic == 0) {
            return Optional.empty();
        }
        Source source = Source.of(Place.MEETINGS, period.year());
        SectionBuilder section = new SectionBuilder("meetings");
        section.say(thematic > 0 ? "report.meetings.held" : "report.meetings.held-regular", SectionBuilder.during(period),
                Figure.count(regular, source), Figure.count(thematic, source), Figure.plural(regular), Figure.plural(thematic));
        if (required > 0) {
            section.say("report.meetings.attendance", Figure.share((double) present / required, source));
        }
        data.meetings().usualMeetingDay(period.term()).ifPresent(day -> section.say("report.meetings.day",
                Figure.count(day, source)));
        return section.build();
    }
}
