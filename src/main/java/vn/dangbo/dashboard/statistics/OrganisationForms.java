package vn.dangbo.dashboard.statistics;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.ratings.RatingLevel;

/** Form 5 (party organisations and members by type of grassroots unit) and the quality-rating results. */
final class OrganisationForms {
    /** A grassroots committee (đảng bộ cơ sở): a commune or ward committee today, not merged into another. */
    static final String COMMUNE = "p.org_level = 'COMMUNE' and p.merged_into_id is null";
    /** The cell {@code c}'s commune ({@code k}, or {@code kp} above a partial committee) calls its areas tổ dân phố, khu phố. */
    static final String WARD_OF_CELL = "coalesce(kp.residential_word, k.residential_word, '') in ('KHU_PHO', 'TO_DAN_PHO')";
    /** The commune a cell {@code c} is under, over {@link Source#MEMBER}'s joins: its committee, or the one above its partial committee. */
    static final String COMMUNE_ID_OF_CELL = "coalesce(kp.id, k.id)";
    private static final String WARD = "coalesce(%s.residential_word, '') in ('KHU_PHO', 'TO_DAN_PHO')";

    private OrganisationForms() {
    }

    static List<FormRow> byType() {
        return new Rows()
                .cells("1", "stat.f5.communes", typeCells("not " + WARD, "not " + WARD_OF_CELL))
                .cells("2", "stat.f5.wards", typeCells(WARD, WARD_OF_CELL))
                .cells("", "stat.f5.total", typeCells(null, "1 = 1"))
                .list();
    }

    /**
     * Columns 2–7 of form 5 for the communes whose type the condition (over a committee alias) names, the same said of
     * a cell's commune; null: all.
     */
    private static List<Measure> typeCells(@Nullable String type, String cellType) {
        String p = type == null ? "1 = 1" : type.formatted("p");
        String q = type == null ? "1 = 1" : type.formatted("q");
        Measure committees = Measure.count(Source.COMMITTEE, COMMUNE, p);
        return List.of(committees, committees,
                Measure.count(Source.COMMITTEE, "1 = 0"),
                Measure.count(Source.COMMITTEE, "p.org_level = 'PARTIAL' and exists (select 1 from party_committee q"
                        + " where q.id = p.parent_id and q.merged_into_id is null and " + q + ")"),
                Measure.count(Source.CELL, cellType),
                Measure.members(Populations.AT_END, cellType));
    }

    static List<FormRow> ratings() {
        String rated = "x.rating_year = :year and x.level is not null";
        Rows rows = new Rows().heading("A", "stat.f6.organisations")
                .keyed("CR", "1", 1, "stat.f6.committees", Measure.count(Source.COMMITTEE_RATING, rated)).breakdownOf("CR");
        levels(rows, Source.COMMITTEE_RATING, rated);
        rows.endBreakdown().ofWhich("", 2, "stat.f6.committees-not-rated", Measure.count(Source.COMMITTEE, COMMUNE,
                "not exists (select 1 from committee_rating x where x.committee_id = p.id and " + rated + ")"));
        rows.keyed("C", "2", 1, "stat.f6.cells", Measure.count(Source.CELL, "1 = 1"))
                .keyed("CD", "", 2, "stat.f6.rated", Measure.count(Source.CELL_RATING, rated)).breakdownOf("CD");
        levels(rows, Source.CELL_RATING, rated);
        rows.endBreakdown().ofWhich("", 2, "stat.f6.not-rated", Measure.count(Source.CELL,
                "not exists (select 1 from cell_rating x where x.cell_id = c.id and " + rated + ")"));
        rows.heading("B", "stat.f6.members")
                .keyed("M", "", 1, "stat.f6.members-listed", Measure.count(Source.MEMBER_RATED, Populations.AT_END, "1 = 1"))
                .ofWhich("1", 1, "stat.f6.exempt", Measure.count(Source.MEMBER_RATED,
                        Populations.AT_END, "x.not_rated_reason = 'EXEMPT'"))
                .ofWhich("2", 1, "stat.f6.not-rated-members", Measure.count(Source.MEMBER_RATED, Populations.AT_END,
                        "x.level is null and coalesce(x.not_rated_reason, '') <> 'EXEMPT'"))
                .keyed("MR", "3", 1, "stat.f6.rated", Measure.count(Source.MEMBER_RATING, rated)).breakdownOf("MR");
        levels(rows, Source.MEMBER_RATING, rated);
        return rows.list();
    }

    /** The four levels, the exemplary among the outstanding. */
    private static void levels(Rows rows, Source source, String rated) {
        List<RatingLevel> levels = new ArrayList<>(List.of(RatingLevel.values()));
        for (RatingLevel level : levels) {
            rows.row("", 3, "rating.level." + level.name(), Measure.count(source, rated, "x.level = '" + level.name() + "'"));
            if (level == RatingLevel.OUTSTANDING) {
                rows.ofWhich("", 4, "stat.f6.exemplary", Measure.count(source, rated, "x.level = 'OUTSTANDING' and x.exemplary"));
            }
        }
    }
}
