package vn.dangbo.dashboard.statistics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.dashboard.base.i18n.Message;
import vn.dangbo.dashboard.inspection.InspectionKind;
import vn.dangbo.dashboard.inspection.InspectionSubject;
import vn.dangbo.dashboard.organisation.CommitteeDirectory;
import vn.dangbo.dashboard.organisation.CommitteeNode;
import vn.dangbo.dashboard.organisation.CommitteeScope;
import vn.dangbo.dashboard.ratings.RatingLevel;

/**
 * The year-end statistical forms (Thống kê), filled from the data of the committees in scope: a commune's own, or a
 * province's, whose every figure is then the sum of its communes' (each row counted once, where it belongs). Every
 * counted figure opens the records behind it; a province's opens the figure per commune.
 */
@Service
@Transactional(readOnly = true)
public class StatisticsService {
    private final StatisticsQueries queries;
    private final CommitteeDirectory directory;

    StatisticsService(StatisticsQueries queries, CommitteeDirectory directory) {
        this.queries = queries;
        this.directory = directory;
    }

    public FilledForm fill(StatisticForm form, int year) {
        List<FormRow> rows = form.rows();
        List<FormColumn> columns = form.columns();
        Map<Integer, List<Measure>> byYearsBack = new LinkedHashMap<>();
        for (FormRow row : rows) {
            for (int c = 0; c < columns.size(); c++) {
                Measure measure = row.measureIn(columns, c);
                if (measure != null) {
                    byYearsBack.computeIfAbsent(columns.get(c).yearsBack(), y -> new ArrayList<>()).add(measure);
                }
            }
        }
        Map<Integer, Map<Measure, Number>> figures = new LinkedHashMap<>();
        byYearsBack.forEach((back, measures) -> figures.put(back, queries.figures(measures, year - back)));
        List<List<Number>> table = new ArrayList<>();
        for (FormRow row : rows) {
            List<@Nullable Number> line = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                Measure measure = row.measureIn(columns, c);
                line.add(measure == null ? null : Objects.requireNonNull(figures.get(columns.get(c).yearsBack()),
                        "every column's year is read").get(measure));
            }
            table.add(line);
        }
        int totalRow = indexOfKey(rows, "T");
        List<FilledForm.Line> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            FormRow row = rows.get(i);
            List<Number> line = table.get(i);
            List<Boolean> opens = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                FormColumn column = columns.get(c);
                if (column.kind() == FormColumn.Kind.CHANGE && row.counts()) {
                    line.set(c, percent(line.get(0), line.get(1)));
                } else if (column.kind() == FormColumn.Kind.SHARE && row.counts() && totalRow >= 0) {
                    line.set(c, percent(line.get(0), table.get(totalRow).get(0)));
                }
                Measure measure = row.measureIn(columns, c);
                opens.add(measure != null && measure.listsRecords() && line.get(c) != null && line.get(c).longValue() != 0);
            }
            lines.add(new FilledForm.Line(i, row.number(), row.label(), row.depth(), line, opens));
        }
        return new FilledForm(form, year, lines, FormChecks.check(form, rows, table));
    }

    /** Every form for a year, and the identities across them. */
    public Map<StatisticForm, FilledForm> fillAll(int year) {
        Map<StatisticForm, FilledForm> forms = new EnumMap<>(StatisticForm.class);
        for (StatisticForm form : StatisticForm.values()) {
            forms.put(form, fill(form, year));
        }
        return forms;
    }

    /** What is wrong across the forms of a year (form 4's total against form 1's D). */
    public List<Message> acrossForms(Map<StatisticForm, FilledForm> forms) {
        return FormChecks.across(forms);
    }

    /** The committee's own year: its rating, the exemplary members, the inspections and supervisions. */
    public CommitteeYear committeeYear(int year) {
        Optional<Object[]> rating = queries.committeeRating(year);
        Map<InspectionKind, Map<InspectionSubject, Long>> inspections = new EnumMap<>(InspectionKind.class);
        for (Object[] row : queries.inspections(year)) {
            inspections.computeIfAbsent(InspectionKind.valueOf((String) row[0]), k -> new EnumMap<>(InspectionSubject.class))
                    .put(InspectionSubject.valueOf((String) row[1]), (Long) row[2]);
        }
        return new CommitteeYear(year, rating.map(r -> RatingLevel.valueOf((String) r[0])),
                rating.map(r -> (Boolean) r[1]).orElse(false), queries.exemplaryMembers(year), inspections);
    }

    /** The records behind one figure (a row's, in a column); empty for a figure that counts no records. */
    public List<Behind> behind(StatisticForm form, int row, int column, int year) {
        return measure(form, row, column).map(m -> queries.behind(m, year - form.columns().get(column).yearsBack()))
                .orElse(List.of());
    }

    /** A figure's label and row number, for the heading over the records behind it. */
    public Optional<Message> label(StatisticForm form, int row) {
        List<FormRow> rows = form.rows();
        return row >= 0 && row < rows.size() ? Optional.of(rows.get(row).label()) : Optional.empty();
    }

    /**
     * One figure of a province's form per commune under it (the former communes' rows counted with the commune they
     * were merged into, a partial committee's with its commune), in the communes' order; empty for a commune.
     */
    public List<CommuneFigure> acrossCommunes(StatisticForm form, int row, int column, int year) {
        long scope = CommitteeScope.currentId();
        List<CommitteeNode> communes = directory.hasCommunesIn(scope) ? directory.communesIn(scope) : List.of();
        Optional<Measure> measure = measure(form, row, column);
        if (communes.isEmpty() || measure.isEmpty() || !measure.get().listsRecords()) {
            return List.of();
        }
        Map<Long, Number> byCommittee = queries.figuresByCommittee(measure.get(), year - form.columns().get(column).yearsBack());
        Map<Long, Long> byCommune = new LinkedHashMap<>();
        byCommittee.forEach((committee, figure) -> byCommune.merge(directory.communeOf(committee), figure.longValue(), Long::sum));
        return communes.stream().map(c -> new CommuneFigure(c.id(), c.code(), c.name(), byCommune.getOrDefault(c.id(), 0L))).toList();
    }

    private static Optional<Measure> measure(StatisticForm form, int row, int column) {
        List<FormRow> rows = form.rows();
        if (row < 0 || row >= rows.size() || column < 0 || column >= form.columns().size()) {
            return Optional.empty();
        }
        return Optional.ofNullable(rows.get(row).measureIn(form.columns(), column));
    }

    private static int indexOfKey(List<FormRow> rows, String key) {
        for (int i = 0; i < rows.size(); i++) {
            if (key.equals(rows.get(i).key())) {
                return i;
            }
        }
        return -1;
    }

    private static @Nullable Double percent(Number part, Number whole) {
        if (part == null || whole == null || whole.doubleValue() == 0) {
            return null;
        }
        return part.doubleValue() * 100 / whole.doubleValue();
    }
}
