package vn.dangbo.dashboard.statistics;

import java.util.List;
import vn.dangbo.dashboard.base.i18n.Message;

/**
 * A form filled for a year: its rows with their figures, in the columns' order, and what its own identities found
 * wrong (empty when it adds up).
 */
public record FilledForm(StatisticForm form, int year, List<Line> lines, List<Message> problems) {

    /**
     * A row as shown: its number, label and indent; per column a figure (a count, a mean or a percentage; null where
     * the form has none) and whether the figure opens the records behind it.
     */
    public record Line(int index, String number, Message label, int depth, List<Number> figures, List<Boolean> opens) {

        public boolean heading() {
            return figures.stream().allMatch(java.util.Objects::isNull);
        }
    }

    /** The line with a figure in the first column and this label key, for tests and the report. */
    public Line line(String labelKey) {
        return lines.stream().filter(l -> l.label().key().equals(labelKey)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(form + " has no row " + labelKey));
    }

    public long count(String labelKey, int column) {
        return line(labelKey).figures().get(column).longValue();
    }
}
