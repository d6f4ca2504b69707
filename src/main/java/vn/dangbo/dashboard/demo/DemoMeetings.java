package vn.dangbo.dashboard.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Cell meetings of the demo commune: a regular meeting on the 3rd of every month (now and then moved a day or two),
 * a thematic meeting every quarter, with attendance around the 85% standard.
 */
final class DemoMeetings {
    static final int MEETING_DAY = 3;
    private static final int THEMATIC_DAY = 18;
    /** The demo data stop in the middle of the term's last year, where the article was written. */
    private static final LocalDate LAST_MONTH = LocalDate.of(DemoCommune.TERM_END, 6, 1);

    record Meeting(String cell, LocalDate date, String kind, int present, int required, String grade) {
    }

    private DemoMeetings() {
    }

    static List<Meeting> generate(List<DemoMember> members, Random random) {
        Map<String, List<DemoMember>> byCell = DemoPopulation.groupBy(members, DemoMember::cellCode);
        List<Meeting> meetings = new ArrayList<>();
        for (DemoCell cell : DemoCommune.cells()) {
            List<DemoMember> cellMembers = byCell.getOrDefault(cell.code(), List.of());
            for (LocalDate month = LocalDate.of(DemoCommune.TERM_START, 1, 1); !month.isAfter(LAST_MONTH);
                    month = month.plusMonths(1)) {
                int day = random.nextInt(100) < 95 ? MEETING_DAY : MEETING_DAY + 1 + random.nextInt(2);
                meetings.add(meeting(cell.code(), month.withDayOfMonth(day), "REGULAR", cellMembers, random));
                if (month.getMonthValue() % 3 == 2) {
                    meetings.add(meeting(cell.code(), month.withDayOfMonth(THEMATIC_DAY), "THEMATIC", cellMembers, random));
                }
            }
        }
        return meetings;
    }

    private static Meeting meeting(String cell, LocalDate date, String kind, List<DemoMember> members, Random random) {
        int required = (int) members.stream().filter(m -> !m.exempt() && attending(m, date)).count();
        double rate = 0.80 + random.nextInt(20) / 100.0;
        int present = (int) Math.round(required * rate);
        double actual = required == 0 ? 0 : (double) present / required;
        String grade = actual >= 0.90 ? "GOOD" : actual > 0.85 ? "FAIR" : actual >= 0.80 ? "AVERAGE" : "POOR";
        return new Meeting(cell, date, kind, present, required, grade);
    }

    private static boolean attending(DemoMember m, LocalDate date) {
        return !m.admissionDate().isAfter(date) && (m.leftDate() == null || m.leftDate().isAfter(date));
    }
}
