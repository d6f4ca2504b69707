package vn.dangbo.dashboard.base.ui;

import com.vaadin.flow.router.QueryParameters;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import vn.dangbo.dashboard.base.i18n.Message;

/**
 * The month a page's address names ({@code ?month=2026-11}), and when it names one the page cannot show, the
 * sentence that says why: written wrongly (a month before the party's founding in 1930 included), or still to come.
 * Whatever the address holds, the page shows a month.
 */
public final class MonthInAddress {
    public static final String PARAMETER = "month";
    private static final int FIRST_YEAR = 1930;
    private final Optional<String> asked;
    private final Optional<YearMonth> parsed;
    private final Predicate<YearMonth> showable;

    private MonthInAddress(Optional<String> asked, Predicate<YearMonth> showable) {
        this.asked = asked;
        this.parsed = asked.flatMap(MonthInAddress::parse);
        this.showable = showable;
    }

    /** The address's month, to be shown when {@code showable} says it can be. */
    public static MonthInAddress read(QueryParameters query, Predicate<YearMonth> showable) {
        return new MonthInAddress(query.getSingleParameter(PARAMETER).filter(words -> !words.isBlank()), showable);
    }

    /** The month to show: the address's when it can be shown, else the page's own choice. */
    public YearMonth orElseGet(Supplier<YearMonth> pagesChoice) {
        return parsed.filter(showable).orElseGet(pagesChoice);
    }

    /** What the page says when the address names a month it does not show; nothing when it names none or a right one. */
    public Optional<Message> refusal() {
        return asked.flatMap(words -> parsed.isEmpty() ? Optional.of(new Message("attention.bad-month", words))
                : showable.test(parsed.get()) ? Optional.empty() : Optional.of(new Message("attention.future-month", words)));
    }

    private static Optional<YearMonth> parse(String words) {
        try {
            return Optional.of(YearMonth.parse(words.trim())).filter(month -> month.getYear() >= FIRST_YEAR);
        } catch (DateTimeParseException notAMonth) {
            return Optional.empty();
        }
    }
}
