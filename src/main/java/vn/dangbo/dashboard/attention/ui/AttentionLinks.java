package vn.dangbo.dashboard.attention.ui;

import java.time.YearMonth;
import vn.dangbo.dashboard.attention.AttentionItem;
import vn.dangbo.dashboard.attention.AttentionRule;
import vn.dangbo.dashboard.base.ui.Address;
import vn.dangbo.dashboard.base.ui.MonthInAddress;
import vn.dangbo.dashboard.recruitment.ui.RecruitmentLinks;

/** Where each item of the attention list leads: the page about what it concerns. */
public final class AttentionLinks {
    public static final String ROUTE = "attention";
    static final String MONTH = MonthInAddress.PARAMETER;

    private AttentionLinks() {
    }

    /** The attention page of a month. */
    public static String month(YearMonth month) {
        return Address.of(ROUTE).with(MONTH, month).toString();
    }

    /** The id of a rule's section on the attention page, which an address's fragment opens. */
    static String section(AttentionRule rule) {
        return "attention-" + rule.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /**
     * The page an item leads to. A member's item opens the member's record for those who keep the records, who can act
     * on it; for the others, the member's cell.
     */
    static String of(AttentionItem item, boolean keepsRecords) {
        return switch (item.rule()) {
            case DATA_NOT_KEPT, NO_REGULAR_MEETING, LOW_ATTENDANCE, NO_THEMATIC_MEETING, OUTSTANDING_CELL -> cell(item);
            case UNRATED -> keepsRecords ? Address.of("members").with("cell", item.cellCode()).with("year", item.year())
                    .with("unrated", "1").toString() : cell(item);
            case PROBATION_OVERDUE, PROBATION_ENDING, DISCIPLINED_RATED_ABOVE_FAILED -> keepsRecords
                    ? Address.of("members").with("cell", item.cellCode()).with("code", item.memberCode()).toString()
                    : cell(item);
            case OUTSTANDING_QUOTA -> Address.of("ratings").with("year", item.year()).toString();
            case BADGES_DUE -> Address.of("badges").with("year", item.year()).toString();
            case CANDIDATE_STALLED -> RecruitmentLinks.candidates(item.stage(), item.cellCode());
        };
    }

    private static String cell(AttentionItem item) {
        return Address.of("cells/" + item.cellCode()).with("year", item.year()).toString();
    }
}
