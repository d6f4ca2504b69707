package vn.dangbo.dashboard.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.dangbo.dashboard.base.i18n.Message;

/**
 * The identities a form must keep before it is sent up: each breakdown adds up to its total (form 3's occupations,
 * ages, admission periods, education; form 4's ethnic groups), and form 1's D = A + B − C. A broken identity is said
 * in words: which form, which row, what it adds up to and what it should.
 */
final class FormChecks {

    private FormChecks() {
    }

    static List<Message> check(StatisticForm form, List<FormRow> rows, List<List<Number>> figures) {
        List<Message> problems = new ArrayList<>();
        List<FormColumn> columns = form.columns();
        for (int column = 0; column < columns.size(); column++) {
            if (columns.get(column).kind() != FormColumn.Kind.FIGURE) {
                continue;
            }
            for (String group : rows.stream().map(FormRow::group).filter(Objects::nonNull).distinct().toList()) {
                int total = indexOf(rows, group.substring(0, group.indexOf('#')));
                long sum = 0;
                for (int j = 0; j < rows.size(); j++) {
                    if (group.equals(rows.get(j).group())) {
                        sum += figures.get(j).get(column).longValue();
                    }
                }
                long expected = figures.get(total).get(column).longValue();
                if (sum != expected) {
                    problems.add(new Message("stat.check.breakdown", form.code(), rows.get(total).label(), sum, expected,
                            new Message(columns.get(column).labelKey())));
                }
            }
            if (form == StatisticForm.F1) {
                long a = value(rows, figures, "A", column);
                long b = value(rows, figures, "B", column);
                long c = value(rows, figures, "C", column);
                long d = value(rows, figures, "D", column);
                if (d != a + b - c) {
                    problems.add(new Message("stat.check.f1", d, a, b, c, new Message(columns.get(column).labelKey())));
                }
            }
        }
        return problems;
    }

    /** Form 4's total is form 1's D: the same members at the year's end, counted twice. */
    static List<Message> across(Map<StatisticForm, FilledForm> forms) {
        FilledForm one = forms.get(StatisticForm.F1);
        FilledForm four = forms.get(StatisticForm.F4);
        if (one == null || four == null) {
            return List.of();
        }
        Number d = one.line("stat.f1.at-end").figures().getFirst();
        Number total = four.line("stat.profile.total").figures().getFirst();
        return Objects.equals(d, total) ? List.of() : List.of(new Message("stat.check.f4-f1", total, d));
    }

    private static long value(List<FormRow> rows, List<List<Number>> figures, String key, int column) {
        return figures.get(indexOf(rows, key)).get(column).longValue();
    }

    private static int indexOf(List<FormRow> rows, String key) {
        for (int i = 0; i < rows.size(); i++) {
            if (key.equals(rows.get(i).key())) {
                return i;
            }
        }
        throw new IllegalStateException("no row " + key);
    }
}
