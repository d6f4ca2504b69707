package vn.dangbo.dashboard.badges;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The overview's badge figure counted where the data is: the current members admitted within a year's badge windows
 * (the admissions that reach a badge's party age at the year's rounds, or may receive it early), by day of admission,
 * those already holding the badge their window leads to left out. One grouped statement; a province's answer is a
 * few thousand days instead of its members. The windows do not overlap (the badges are five years or more apart, a
 * window at most three years), so a day belongs to one badge at most.
 */
@Component
class BadgeWindows {
    private final EntityManager entities;

    BadgeWindows(EntityManager entities) {
        this.entities = entities;
    }

    /** How many current members not holding the badge were admitted on a day. */
    record AdmittedOn(LocalDate admitted, long members) {
    }

    List<AdmittedOn> admittedNotHolding(BadgeService.YearRounds rounds) {
        List<String> windows = new ArrayList<>();
        StringBuilder badgeOfWindow = new StringBuilder("case");
        for (int badge : BadgeRules.YEARS) {
            String window = "(m.admissionDate >= :from" + badge + " and m.admissionDate <= :to" + badge + ")";
            windows.add(window);
            badgeOfWindow.append(" when ").append(window).append(" then ").append(badge);
        }
        badgeOfWindow.append(" end");
        TypedQuery<Object[]> query = entities.createQuery("select m.admissionDate, count(m)"
                + " from vn.dangbo.dashboard.members.Member m where m.leftDate is null and ("
                + String.join(" or ", windows) + ") and not exists (select 1 from PartyBadge b where b.memberId = m.id"
                + " and b.badgeYears = " + badgeOfWindow + ") group by m.admissionDate", Object[].class);
        for (int badge : BadgeRules.YEARS) {
            LocalDate[] admissions = rounds.admissions(badge);
            query.setParameter("from" + badge, admissions[0]);
            query.setParameter("to" + badge, admissions[1]);
        }
        return query.getResultList().stream().map(row -> new AdmittedOn((LocalDate) row[0], ((Number) row[1]).longValue()))
                .toList();
    }
}
