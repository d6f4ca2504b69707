package vn.dangbo.dashboard.organisation.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.organisation.TermPeriod;

/**
 * The term and year a dashboard shows, as the URL gives them (?term=2015-2020&year=2019). What the URL names but the
 * data do not have is replaced by a sensible choice, and a message says so: a shared link never shows an error page.
 */
public record PeriodSelection(TermPeriod term, int year, List<Message> messages) {
    public static final String TERM = "term";
    public static final String YEAR = "year";
    /** The message for a year the URL names that the term does not have. */
    public static final String BAD_YEAR = "period.bad-year";

    /** A message for the page: a bundle key and its parameters. */
    public record Message(String key, Object... params) {
    }

    /**
     * Reads the URL's choice. The year defaults to what {@code defaultYear} says for the term, or the term's last year.
     * Empty when there is no term at all.
     */
    public static Optional<PeriodSelection> resolve(QueryParameters query, List<TermPeriod> terms,
                                                    Function<TermPeriod, Optional<Integer>> defaultYear) {
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        List<Message> messages = new ArrayList<>();
        Optional<String> termLabel = query.getSingleParameter(TERM);
        TermPeriod term = termLabel.flatMap(label -> terms.stream().filter(t -> t.label().equals(label)).findFirst())
                .orElse(terms.getFirst());
        if (termLabel.isPresent() && !term.label().equals(termLabel.get())) {
            messages.add(new Message("period.unknown-term", termLabel.get(), display(term)));
        }
        int fallback = defaultYear.apply(term).orElse(term.endYear());
        int year = fallback;
        Optional<String> yearText = query.getSingleParameter(YEAR);
        if (yearText.isPresent()) {
            Integer asked = parse(yearText.get());
            if (asked != null && term.contains(asked)) {
                year = asked;
            } else {
                messages.add(new Message(BAD_YEAR, yearText.get(), display(term), String.valueOf(fallback)));
            }
        }
        return Optional.of(new PeriodSelection(term, year, List.copyOf(messages)));
    }

    /** The query string for this choice; the year is left out when {@code withYear} is false. */
    public QueryParameters query(boolean withYear) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put(TERM, term.label());
        if (withYear) {
            params.put(YEAR, String.valueOf(year));
        }
        return QueryParameters.simple(params);
    }

    /**
     * What the selectors ask for next: another year of this term, or another term (year null) at its default year.
     */
    public PeriodSelection changedTo(TermPeriod newTerm, @Nullable Integer newYear, Function<TermPeriod, Optional<Integer>> defaultYear) {
        return newYear != null ? withYear(newYear)
                : new PeriodSelection(newTerm, defaultYear.apply(newTerm).orElse(newTerm.endYear()), List.of());
    }

    public PeriodSelection withYear(int newYear) {
        return new PeriodSelection(term, newYear, List.of());
    }

    public List<Integer> years() {
        return IntStream.rangeClosed(term.startYear(), term.endYear()).boxed().toList();
    }

    public static String display(TermPeriod term) {
        return term.startYear() + "–" + term.endYear();
    }

    private static @Nullable Integer parse(String text) {
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
