package vn.dangbo.dashboard.brief;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import vn.dangbo.dashboard.attention.Attention;
import vn.dangbo.dashboard.conclusions.ConclusionEntry;

/**
 * What the committee's monthly meeting opens with, on one page: what changed since the comparable period, what needs
 * its attention, and the conclusions of the meetings before with where they stand.
 */
public record MonthlyBrief(String committee, YearMonth month, LocalDate asOf, List<BriefChange> changes,
                           Attention attention, List<ConclusionEntry> conclusions) {
}
