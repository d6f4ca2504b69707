package vn.dangbo.dashboard.ratings.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.i18n.Texts;
import vn.dangbo.dashboard.base.table.Table.Share;
import vn.dangbo.dashboard.base.table.Table;
import vn.dangbo.dashboard.ratings.NotRatedReason;
import vn.dangbo.dashboard.ratings.RatingDistribution;
import vn.dangbo.dashboard.ratings.RatingLevel;
import vn.dangbo.dashboard.ratings.RatingService;

/**
 * The year-end rating table as the party reports it, for members and for cells: headcount, not rated by reason,
 * rated, each level with its count and shares, "HTT trở lên" and "trong đó HTXS".
 */
public final class YearEndSummary {

    private YearEndSummary() {
    }

    public static List<Table> of(RatingService ratings, int year, Texts texts) {
        return List.of(table(texts.t("export.summary.members", String.valueOf(year)), ratings.memberDistribution(year), texts),
                table(texts.t("export.summary.cells", String.valueOf(year)), ratings.cellDistribution(year), texts));
    }

    private static Table table(String name, RatingDistribution d, Texts texts) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(texts.t("export.summary.headcount"), d.headcount(), null, new Share(d.headcount() == 0 ? 0 : 1)));
        rows.add(row(texts.t("export.summary.not-rated"), d.notRatedTotal(), null, new Share(d.shareOfHeadcount(d.notRatedTotal()))));
        for (Map.Entry<NotRatedReason, Long> reason : d.notRated().entrySet()) {
            rows.add(row("  – " + texts.t("rating.not-rated." + reason.getKey()), reason.getValue(), null,
                    new Share(d.shareOfHeadcount(reason.getValue()))));
        }
        rows.add(row(texts.t("export.summary.rated"), d.rated(), new Share(d.rated() == 0 ? 0 : 1),
                new Share(d.shareOfHeadcount(d.rated()))));
        for (RatingLevel level : RatingLevel.values()) {
            long count = d.count(level);
            rows.add(row(texts.t("rating.short." + level) + " – " + texts.t("rating.level." + level), count,
                    new Share(d.shareOfRated(count)), new Share(d.shareOfHeadcount(count))));
        }
        rows.add(row(texts.t("export.summary.good-or-above"), d.goodOrAbove(), new Share(d.shareOfRated(d.goodOrAbove())),
                new Share(d.shareOfHeadcount(d.goodOrAbove()))));
        long outstanding = d.count(RatingLevel.OUTSTANDING);
        rows.add(row(texts.t("export.summary.of-which-outstanding"), outstanding, new Share(d.shareOfRated(outstanding)),
                new Share(d.shareOfHeadcount(outstanding))));
        return new Table(name, List.of(texts.t("export.summary.item"), texts.t("table.count"),
                texts.t("table.share-of-rated"), texts.t("table.share-of-headcount")), rows);
    }

    private static List<Object> row(String label, long count, @Nullable Share ofRated, Share ofHeadcount) {
        List<Object> row = new ArrayList<>();
        row.add(label);
        row.add(count);
        row.add(ofRated);
        row.add(ofHeadcount);
        return row;
    }
}
