package vn.dangbo.dashboard.statistics;


import java.util.List;
import vn.dangbo.dashboard.badges.BadgeRules;
import vn.dangbo.dashboard.base.i18n.Message;
import vn.dangbo.dashboard.discipline.DisciplineForm;
import vn.dangbo.dashboard.members.CardKind;

/**
 * Form 7, the year's party-member work: awards to the committee (by the kind its title names: cờ, bằng khen, giấy
 * khen), party badges by years of membership, party cards, transfers of party activity (temporary and official), and
 * the year's disciplinary decisions (the 2012 form's block, kept because the data holds it).
 */
final class WorkForm {
    private static final String AWARDED = "x.award_year = :year";

    private WorkForm() {
    }

    static List<FormRow> rows() {
        Rows rows = new Rows().heading("I", "stat.f7.awards")
                .keyed("AW", "1", 1, "stat.f7.awards-committee", Measure.count(Source.AWARD, AWARDED)).breakdownOf("AW")
                .row("", 2, "stat.f7.flag", award("lower(x.title) like '%cờ%'"))
                .row("", 2, "stat.f7.certificate-of-merit", award("lower(x.title) like '%bằng khen%' and not lower(x.title) like '%cờ%'"))
                .row("", 2, "stat.f7.certificate-of-commendation", award("lower(x.title) like '%giấy khen%'"
                        + " and not lower(x.title) like '%cờ%' and not lower(x.title) like '%bằng khen%'"))
                .row("", 2, "stat.f7.other-award", award("not lower(x.title) like '%cờ%' and not lower(x.title) like '%bằng khen%'"
                        + " and not lower(x.title) like '%giấy khen%'"))
                .heading("II", "stat.f7.badges");
        String badged = "x.awarded_on >= :from and x.awarded_on < :to";
        rows.keyed("BG", "", 1, "stat.f7.badges-total", Measure.count(Source.BADGE, badged)).breakdownOf("BG");
        for (int years : BadgeRules.YEARS) {
            rows.row("", 1, new Message("stat.f7.badge", years), Measure.count(Source.BADGE, badged, "x.badge_years = " + years));
        }
        rows.heading("III", "stat.f7.cards");
        String issued = "x.issued_on >= :from and x.issued_on < :to";
        int number = 1;
        for (CardKind kind : CardKind.values()) {
            rows.row(String.valueOf(number++), 1, "stat.f7.card." + kind.name(),
                    Measure.count(Source.CARD, issued, "x.kind = '" + kind.name() + "'"));
        }
        String moved = "x.transfer_date >= :from and x.transfer_date < :to";
        rows.heading("IV", "stat.f7.transfers")
                .ofWhich("1", 1, "stat.f7.temporary", null)
                .ofWhich("", 2, "stat.f7.temporary-sent", Measure.count(Source.TEMPORARY, moved, "x.direction = 'SENT'"))
                .ofWhich("", 2, "stat.f7.temporary-received", Measure.count(Source.TEMPORARY, moved, "x.direction = 'RECEIVED'"))
                .ofWhich("2", 1, "stat.f7.official", null)
                .ofWhich("", 2, "stat.f7.official-out", Measure.members(Populations.left("TRANSFERRED_OUT")))
                .ofWhich("", 2, "stat.f7.official-in", Measure.members(Populations.TRANSFERRED_IN));
        String decided = "x.decided_on >= :from and x.decided_on < :to";
        rows.heading("V", "stat.f7.discipline");
        for (DisciplineForm form : DisciplineForm.values()) {
            rows.row("", 1, "stat.f7.discipline." + form.name(), Measure.count(Source.DISCIPLINE, decided, "x.form = '" + form.name() + "'"));
        }
        return rows.list();
    }

    private static Measure award(String kind) {
        return Measure.count(Source.AWARD, AWARDED, kind);
    }
}
