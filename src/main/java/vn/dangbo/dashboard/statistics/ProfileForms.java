package vn.dangbo.dashboard.statistics;

import static vn.dangbo.dashboard.statistics.Measure.members;

import java.util.List;
import vn.dangbo.dashboard.members.Ethnicity;
import vn.dangbo.dashboard.members.Religion;

/**
 * Forms 2B (the year's new members) and 4 (the whole membership at the year's end) by ethnicity and religion: the 54
 * groups, row 55 "Quốc tịch gốc nước ngoài" and row 56 "Dân tộc khác", then the seven religions; a member with no
 * ethnicity or religion recorded is counted on a "chưa khai báo" row.
 */
final class ProfileForms {

    private ProfileForms() {
    }

    static List<FormRow> byEthnicityAndReligion(String population) {
        Rows rows = new Rows()
                .keyed("T", "", 0, "stat.profile.total", members(population))
                .heading("I", "stat.profile.ethnicity").breakdownOf("T");
        int number = 1;
        for (Ethnicity e : Ethnicity.values()) {
            rows.named(String.valueOf(number++), 1, e.label(), members(population, "m.ethnicity = '" + e.name() + "'"));
        }
        rows.row("", 1, "stat.not-declared", members(population, "m.ethnicity is null"));
        rows.heading("II", "stat.profile.religion");
        number = 1;
        for (Religion r : Religion.values()) {
            if (r != Religion.NONE) {
                rows.row(String.valueOf(number++), 1, "stat.religion." + r.name(),
                        members(population, "m.religion = '" + r.name() + "'"));
            }
        }
        return rows.row("", 1, "stat.not-declared", members(population, "m.religion is null")).list();
    }
}
