package vn.dangbo.dashboard.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.dashboard.recruitment.YearlyAdmissions;

/**
 * Composes the figure sections of the year-end report ("Báo cáo kết quả công tác xây dựng Đảng năm …") or the term
 * report ("Báo cáo chính trị … nhiệm kỳ …") from the data of the committee in scope, in the order the party's
 * reports take them. A section without data says nothing; every sentence is a bundle template.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {
    private final ReportData data;

    ReportService(ReportData data) {
        this.data = data;
    }

    public Report compose(ReportPeriod period) {
        LocalDate today = LocalDate.now(data.clock());
        boolean newestTerm = data.organisation().currentTerm().map(t -> t.id() == period.term().id()).orElse(false);
        boolean current = period.wholeTerm() && newestTerm || period.lastYear() >= today.getYear();
        List<ReportSection> sections = Stream.of(
                OrganisationSection.compose(data, period, current),
                TargetsSection.compose(data, period),
                StudySection.compose(data, period),
                RecruitmentSection.compose(data, period),
                RatingsSection.compose(data, period),
                DisciplineSection.compose(data, period),
                MeetingsSection.compose(data, period),
                TrainingSection.compose(data, period),
                AwardsSection.compose(data, period),
                NewRuralSection.compose(data, period)).flatMap(Optional::stream).toList();
        return new Report(data.organisation().committeeName(), data.organisation().superior(), period, today, sections,
                nextYearAdmissionTarget(period));
    }

    /** A year's report looks at the next year: its admissions target, when one is recorded in the same term. */
    private Optional<Long> nextYearAdmissionTarget(ReportPeriod period) {
        if (period.wholeTerm()) {
            return Optional.empty();
        }
        return data.recruitment().admissionsByYear(period.term()).stream()
                .filter(y -> y.year() == period.lastYear() + 1 && y.target() > 0)
                .map(YearlyAdmissions::target).findFirst();
    }
}
