package vn.dangbo.dashboard.statistics;

import java.util.List;
import java.util.Optional;

/**
 * The basic statistical forms a commune's data can fill (Hướng dẫn 11-HD/BTCTW, 13/12/2021, "Biểu số N-BTCTW";
 * ../shared/STATISTICS-FORMS.md), each with its columns and rows. The rating results have no form number that could
 * be read (the 6-series' rows were not seen): they are laid out as the 2012 forms 7A/7B were, under today's four
 * levels, and say so in a footnote.
 */
public enum StatisticForm {
    F1("1", Columns.COMPARED),
    F2("2", Columns.COMPARED),
    F2B("2B", Columns.WOMEN_AND_SHARE),
    F3("3", Columns.COMPARED),
    F4("4", Columns.WOMEN_AND_SHARE),
    F5("5", Columns.ORGANISATIONS),
    F6("6", Columns.COMPARED),
    F7("7", Columns.COMPARED);

    private final String number;
    private final List<FormColumn> columns;

    StatisticForm(String number, List<FormColumn> columns) {
        this.number = number;
        this.columns = columns;
    }

    /** As the form is headed: "1", "2B". */
    public String number() {
        return number;
    }

    /** "Biểu số 1-BTCTW". */
    public String code() {
        return "Biểu số " + number + "-BTCTW";
    }

    public String titleKey() {
        return "stat.form." + name();
    }

    /** The footnote's message key: the choices made where the sources are silent. */
    public String footnoteKey() {
        return "stat.footnote." + name();
    }

    /** The form as the address names it: its number in lower case ("2b"). */
    public String slug() {
        return number.toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<StatisticForm> bySlug(String slug) {
        return java.util.Arrays.stream(values()).filter(f -> f.slug().equalsIgnoreCase(slug)).findFirst();
    }

    List<FormColumn> columns() {
        return columns;
    }

    /** The column headers' message keys. */
    public List<String> columnKeys() {
        return columns.stream().map(FormColumn::labelKey).toList();
    }

    List<FormRow> rows() {
        return switch (this) {
            case F1 -> MembershipForms.changes();
            case F2 -> MembershipForms.admitted();
            case F2B -> ProfileForms.byEthnicityAndReligion(Populations.ADMITTED);
            case F3 -> MembershipForms.profile();
            case F4 -> ProfileForms.byEthnicityAndReligion(Populations.AT_END);
            case F5 -> OrganisationForms.byType();
            case F6 -> OrganisationForms.ratings();
            case F7 -> WorkForm.rows();
        };
    }

    /** The columns of each kind of form. */
    private static final class Columns {
        static final List<FormColumn> COMPARED = List.of(
                FormColumn.figure("stat.column.this-year", 0, null),
                FormColumn.figure("stat.column.last-year", 1, null),
                FormColumn.percent("stat.column.change", FormColumn.Kind.CHANGE));
        static final List<FormColumn> WOMEN_AND_SHARE = List.of(
                FormColumn.figure("stat.column.total", 0, null),
                FormColumn.figure("stat.column.women", 0, Populations.FEMALE),
                FormColumn.percent("stat.column.share", FormColumn.Kind.SHARE));
        static final List<FormColumn> ORGANISATIONS = List.of(
                FormColumn.figure("stat.column.f5.total", 0, null),
                FormColumn.figure("stat.column.f5.grassroots-committees", 0, null),
                FormColumn.figure("stat.column.f5.grassroots-cells", 0, null),
                FormColumn.figure("stat.column.f5.partial-committees", 0, null),
                FormColumn.figure("stat.column.f5.cells", 0, null),
                FormColumn.figure("stat.column.f5.members", 0, null));

        private Columns() {
        }
    }
}
