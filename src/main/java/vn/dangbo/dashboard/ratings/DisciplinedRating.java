package vn.dangbo.dashboard.ratings;

import vn.dangbo.dashboard.discipline.DisciplineForm;

/**
 * A member disciplined in a year yet rated above KHTNV that year: a member disciplined during the year is rated "not
 * completing" (Hướng dẫn 21-HD/BTCTW, 2019; ../shared/DOMAIN-RULES.md §2.4).
 */
public record DisciplinedRating(String memberCode, String fullName, String cellCode, String cellName, RatingLevel level,
                                DisciplineForm form) {
}
