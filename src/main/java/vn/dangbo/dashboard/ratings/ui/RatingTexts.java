package vn.dangbo.dashboard.ratings.ui;

import java.util.stream.Collectors;
import vn.dangbo.dashboard.base.i18n.Texts;
import vn.dangbo.dashboard.ratings.RatingDistribution;

/** Sentences about ratings that several views write the same way. */
public final class RatingTexts {

    private RatingTexts() {
    }

    /** "Không xếp loại: 21 đảng viên (miễn sinh hoạt 15, kết nạp chưa đủ 6 tháng 6)". */
    public static String notRated(RatingDistribution ratings, Texts texts) {
        String details = ratings.notRated().entrySet().stream()
                .map(e -> texts.t("rating.not-rated." + e.getKey()) + " " + texts.n(e.getValue()))
                .collect(Collectors.joining(", "));
        return texts.t("overview.member-ratings.not-rated", texts.n(ratings.notRatedTotal()))
                + (details.isEmpty() ? "" : " (" + details + ")");
    }
}
