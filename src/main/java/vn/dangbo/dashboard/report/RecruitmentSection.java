package vn.dangbo.dashboard.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.organisation.TermPeriod;
import vn.dangbo.dashboard.recruitment.DirectWorkerAdmissions;
import vn.dangbo.dashboard.recruitment.RecruitmentProgress;
import vn.dangbo.dashboard.recruitment.YearlyAdmissions;
import vn.dangbo.dashboard.report.Source.Place;

/**
 * Recruitment: the members admitted against the congress's (or the year's) target, the direct workers admitted in
 * hamlet cells, and the comparison with the term or year before when it had admissions.
 */
final class RecruitmentSection {
    private RecruitmentSection() {
    }

    static Optional<ReportSection> compose(ReportData data, ReportPeriod period) {
        SectionBuilder section = new SectionBuilder("recruitment");
        int thisYear = LocalDate.now(data.clock()).getYear();
        List<YearlyAdmissions> years = data.recruitment().admissionsByYear(period.term()).stream()
                .filter(y -> y.year() <= thisYear).toList();
        if (period.wholeTerm()) {
            term(data, period.term(), period.term().endYear() < thisYear, section);
        } else {
            year(years, period.lastYear(), period.lastYear() < thisYear, section);
        }
        if (section.silent()) {
            return Optional.empty();
        }
        Source source = Source.of(Place.RECRUITMENT);
        section.table(new ReportTable(Sentence.of("report.table.admissions"), List.of("report.column.year", "report.column.admitted",
                "report.column.admission-target"), years.stream().filter(y -> period.contains(y.year()))
                .filter(y -> y.admitted() > 0 || y.target() > 0)
                .map(y -> List.of(Figure.year(y.year()), Figure.count(y.admitted(), Source.of(Place.ADMITTED, y.year())),
                        y.target() > 0 ? Figure.count(y.target(), source) : Figure.text(""))).toList()));
        return section.build();
    }

    /** @param ended whether the term is over: a term in progress is not compared with a whole one */
    private static void term(ReportData data, TermPeriod term, boolean ended, SectionBuilder section) {
        RecruitmentProgress progress = data.recruitment().termProgress(term);
        admissions("report.recruitment.term", progress.admitted(), progress.target(), Source.of(Place.RECRUITMENT),
                Figure.year(term.startYear()), section);
        DirectWorkerAdmissions direct = data.recruitment().directWorkersFromHamlets(term);
        if (direct.admitted() > 0) {
            section.paragraph();
            Source source = Source.of(Place.RECRUITMENT);
            section.say("report.recruitment.direct-workers", Figure.count(direct.hamletCellsAdmitting(), source),
                    Figure.count(direct.hamletCells(), source), Figure.word(data.organisation().residentialWord().key()),
                    Figure.count(direct.admitted(), source), Figure.plural(direct.admitted()));
        }
        previousTerm(data, term).filter(previous -> ended).ifPresent(previous -> {
            long before = data.recruitment().termProgress(previous).admitted();
            if (before > 0 && progress.admitted() > 0) {
                long change = progress.admitted() - before;
                section.say(SectionBuilder.change("report.recruitment.since-term", change), Figure.year(previous.startYear()),
                        Figure.year(previous.endYear()), Figure.count(before), Figure.count(Math.abs(change)),
                        Figure.plural(Math.abs(change)));
            }
        });
    }

    /** @param ended whether the year is over: a year in progress is not compared with a whole one */
    private static void year(List<YearlyAdmissions> years, int year, boolean ended, SectionBuilder section) {
        Optional<YearlyAdmissions> shown = years.stream().filter(y -> y.year() == year).findFirst();
        if (shown.isEmpty()) {
            return;
        }
        admissions("report.recruitment.year", shown.get().admitted(), shown.get().target(), Source.of(Place.ADMITTED, year),
                Figure.year(year), section);
        years.stream().filter(y -> ended && y.year() == year - 1 && y.admitted() > 0).findFirst().ifPresent(before -> {
            if (shown.get().admitted() > 0) {
                long change = shown.get().admitted() - before.admitted();
                section.say(SectionBuilder.change("report.recruitment.since-year", change), Figure.year(year - 1),
                        Figure.count(before.admitted(), Source.of(Place.ADMITTED, year - 1)), Figure.count(Math.abs(change)),
                        Figure.plural(Math.abs(change)));
            }
        });
    }

    /** "đã kết nạp 30 đảng viên mới, đạt 120% chỉ tiêu (25 đảng viên), vượt 20%", or what the figures allow of it. */
    private static void admissions(String prefix, long admitted, long target, Source source, Figure lead,
                                   SectionBuilder section) {
        Figure[] figures = {Figure.count(admitted, source), Figure.share(target == 0 ? 0 : (double) admitted / target, source),
                Figure.count(target, source), Figure.share(target == 0 ? 0 : (double) admitted / target - 1, source),
                Figure.plural(admitted), Figure.plural(target), lead};
        if (target == 0 && admitted == 0) {
            return;
        }
        if (target == 0) {
            section.say(prefix + ".no-target", figures);
        } else if (admitted == 0) {
            section.say(prefix + ".none", figures);
        } else {
            section.say(admitted > target ? prefix + ".above" : prefix + ".below", figures);
        }
    }

    /** The term before this one, if the committee has it. */
    private static Optional<TermPeriod> previousTerm(ReportData data, TermPeriod term) {
        return data.organisation().terms().stream().filter(t -> t.endYear() <= term.startYear() && t.id() != term.id())
                .findFirst();
    }
}
