package vn.dangbo.dashboard.statistics;

import static vn.dangbo.dashboard.statistics.Measure.members;

import java.util.List;
import vn.dangbo.dashboard.members.AcademicTitle;
import vn.dangbo.dashboard.members.GeneralEducation;
import vn.dangbo.dashboard.members.Occupation;
import vn.dangbo.dashboard.members.Qualification;

/** Forms 1 (increase and decrease), 2 (the year's new members) and 3 (the membership's profile at the year's end). */
final class MembershipForms {
    static final String MINORITY = "m.ethnicity is not null and m.ethnicity not in ('KINH', 'FOREIGN_ORIGIN', 'OTHER')";
    static final String RELIGIOUS = "m.religion is not null and m.religion <> 'NONE'";
    /** The age bands of today's forms: 18–30, then five-year bands to 60, then over 60. */
    private static final int[][] AGE_BANDS = {{18, 30}, {31, 35}, {36, 40}, {41, 45}, {46, 50}, {51, 55}, {56, 60}, {61, 200}};

    private MembershipForms() {
    }

    static List<FormRow> changes() {
        String in = Populations.TRANSFERRED_IN;
        String out = Populations.left("TRANSFERRED_OUT");
        return new Rows()
                .keyed("A", "A", 0, "stat.f1.brought-forward", members(Populations.AT_START))
                .keyed("B", "B", 0, "stat.f1.increase", members(Populations.CAME_IN)).breakdownOf("B")
                .row("1", 1, "stat.f1.admitted", members(Populations.ADMITTED))
                .keyed("B2", "2", 1, "stat.f1.transferred-in", members(in)).breakdownOf("B2")
                .row("a", 2, "stat.f1.from-other-province", members(in, "m.transferred_in_scope = 'OTHER_PROVINCE'"))
                .row("b", 2, "stat.f1.from-in-province", members(in, "m.transferred_in_scope = 'IN_PROVINCE'"))
                .row("", 2, "stat.not-declared", members(in, "m.transferred_in_scope is null")).resume("B")
                .row("3", 1, "stat.f1.restored", members(Populations.RESTORED)).endBreakdown()
                .keyed("C", "C", 0, "stat.f1.decrease", members(Populations.LEFT)).breakdownOf("C")
                .row("1", 1, "stat.f1.died", members(Populations.left("DIED")))
                .row("2", 1, "stat.f1.expelled", members(Populations.left("EXPELLED")))
                .row("3", 1, "stat.f1.removed", members(Populations.left("REMOVED")))
                .ofWhich("", 2, "stat.f1.removed-probationary", members(Populations.left("REMOVED"), "m.status = 'PROBATIONARY'"))
                .row("4", 1, "stat.f1.left-on-request", members(Populations.left("DISMISSED")))
                .keyed("C5", "5", 1, "stat.f1.transferred-out", members(out)).breakdownOf("C5")
                .row("a", 2, "stat.f1.to-other-province", members(out, "m.transferred_out_scope = 'OTHER_PROVINCE'"))
                .row("b", 2, "stat.f1.to-in-province", members(out, "m.transferred_out_scope = 'IN_PROVINCE'"))
                .row("", 2, "stat.not-declared", members(out, "m.transferred_out_scope is null")).endBreakdown()
                .keyed("D", "D", 0, "stat.f1.at-end", members(Populations.AT_END))
                .list();
    }

    static List<FormRow> admitted() {
        String all = Populations.ADMITTED;
        Rows rows = ofWhich(new Rows().keyed("T", "I", 0, "stat.f2.total", members(all)), all, false)
                .ofWhich("", 1, "stat.f2.readmitted", members(all, "m.readmitted"))
                .heading("II", "stat.f2.analysis");
        breakdowns(rows, all, false);
        return rows.heading("III", "stat.f2.organisations")
                .ofWhich("1", 1, "stat.f2.grassroots-committees", Measure.count(Source.COMMITTEE, OrganisationForms.COMMUNE))
                .ofWhich("", 2, "stat.f2.committees-admitting", Measure.count(Source.COMMITTEE,
                        OrganisationForms.COMMUNE, "p.id in (select " + OrganisationForms.COMMUNE_ID_OF_CELL + " from "
                                + Source.MEMBER.from() + " where " + all + ")"))
                .list();
    }

    static List<FormRow> profile() {
        String all = Populations.AT_END;
        Rows rows = ofWhich(new Rows().keyed("T", "I", 0, "stat.f3.total", members(all)), all, true)
                .heading("II", "stat.f3.analysis");
        breakdowns(rows, all, true);
        return rows.list();
    }

    /** The "trong đó" rows under a total shared by forms 2 and 3 (the probationary on the whole membership's only). */
    private static Rows ofWhich(Rows rows, String all, boolean wholeMembership) {
        rows.ofWhich("", 1, "stat.women", members(all, Populations.FEMALE));
        if (wholeMembership) {
            rows.ofWhich("", 1, "stat.probationary", members(all, "m.status = 'PROBATIONARY'"));
        }
        return rows.ofWhich("", 1, "stat.minority", members(all, MINORITY))
                .ofWhich("", 1, "stat.religious", members(all, RELIGIOUS))
                .ofWhich("", 1, "stat.youth-union", members(all, "m.youth_union"));
    }

    /** The analysis shared by forms 2 and 3: occupation, age, (admission period), education, qualification, title, (theory). */
    private static void breakdowns(Rows rows, String all, boolean wholeMembership) {
        rows.heading("1", "stat.occupation").breakdownOf("T");
        if (wholeMembership) {
            rows.ofWhich("a", 1, "stat.f3.working", members(all, "m.occupation is not null and m.occupation <> 'RETIRED'"));
        }
        int depth = wholeMembership ? 2 : 1;
        for (Occupation o : Occupation.values()) {
            if (o == Occupation.RETIRED && wholeMembership) {
                continue;
            }
            if (o == Occupation.BUSINESS_MANAGER) {
                rows.ofWhich("", depth, "stat.in-business", members(all, "m.occupation in ('BUSINESS_MANAGER', 'BUSINESS_STAFF', 'BUSINESS_WORKER')"));
            }
            rows.row(o.inBusiness() ? "+" : "", o.inBusiness() ? depth + 1 : depth, "occupation." + o.name(),
                    members(all, "m.occupation = '" + o.name() + "'"));
        }
        if (wholeMembership) {
            rows.row("b", 1, "stat.f3.retired", members(all, "m.occupation = 'RETIRED'"))
                    .ofWhich("", 2, "stat.f3.retired-exempt", members(all, "m.occupation = 'RETIRED' and m.exempt"));
        }
        rows.row("", 1, "stat.not-declared", members(all, "m.occupation is null"));
        rows.heading("2", "stat.age").breakdownOf("T");
        for (int[] band : AGE_BANDS) {
            String key = band[1] >= 200 ? "stat.age.over-60" : "stat.age." + band[0] + "-" + band[1];
            rows.row("", 1, key, members(all, Populations.AGE + " between " + band[0] + " and " + band[1]));
        }
        rows.ofWhich("", 1, "stat.age.mean", Measure.meanAge(all));
        int next = 3;
        if (wholeMembership) {
            rows.heading(String.valueOf(next++), "stat.f3.admission-period").breakdownOf("T")
                    .row("", 1, "stat.f3.before-1945", members(all, "m.admission_date < date '1945-08-19'"))
                    .row("", 1, "stat.f3.1945-1954", members(all, "m.admission_date between date '1945-08-19' and date '1954-07-20'"))
                    .row("", 1, "stat.f3.1954-1975", members(all, "m.admission_date between date '1954-07-21' and date '1975-04-30'"))
                    .row("", 1, "stat.f3.since-1975", members(all, "m.admission_date >= date '1975-05-01'"));
        }
        rows.heading(String.valueOf(next++), "stat.general-education").breakdownOf("T");
        for (GeneralEducation g : GeneralEducation.values()) {
            rows.row("", 1, "general-education." + g.name(), members(all, "m.general_education = '" + g.name() + "'"));
        }
        rows.row("", 1, "stat.not-declared", members(all, "m.general_education is null"));
        rows.heading(String.valueOf(next++), "stat.qualification").breakdownOf("T");
        for (Qualification q : Qualification.values()) {
            if (q != Qualification.NONE) {
                rows.row("", 1, "qualification." + q.name(), members(all, "m.qualification = '" + q.name() + "'"));
            }
        }
        rows.row("", 1, "qualification.NONE", members(all, "m.qualification = 'NONE'"))
                .row("", 1, "stat.not-declared", members(all, "m.qualification is null"));
        rows.heading(String.valueOf(next++), "stat.academic-title").endBreakdown();
        for (AcademicTitle t : List.of(AcademicTitle.ASSOCIATE_PROFESSOR, AcademicTitle.PROFESSOR)) {
            rows.row("", 1, "academic-title." + t.name(), members(all, "m.academic_title = '" + t.name() + "'"));
        }
        if (wholeMembership) {
            rows.heading(String.valueOf(next), "stat.f3.political-theory")
                    .row("", 1, "stat.f3.theory-elementary", members(all, "m.political_theory = 'ELEMENTARY'"))
                    .row("", 1, "stat.f3.theory-intermediate", members(all, "m.political_theory = 'INTERMEDIATE'"))
                    .row("", 1, "stat.f3.theory-advanced", members(all, "m.political_theory = 'ADVANCED'"));
        }
    }
}
