package vn.dangbo.dashboard.ratings.ui;

import java.util.List;
import vn.dangbo.dashboard.base.i18n.Texts;
import vn.dangbo.dashboard.chart.Charts;
import vn.dangbo.dashboard.ratings.ScoreBandCount;

/** A year's scores in ten-point bands, each column coloured by the level its scores give ("70–79 điểm (HTT)"). */
public final class ScoreBandChart {

    private ScoreBandChart() {
    }

    public static Charts of(List<ScoreBandCount> bands, Texts texts) {
        return Charts.column().distributed().withoutLegend()
                .categories(bands.stream().map(b -> texts.t("ratings.scores.band", b.band().low(), b.band().high(),
                        texts.t("rating.short." + b.band().level()))).toList())
                .series(texts.t("unit.members"), bands.stream().map(ScoreBandCount::count).toList())
                .colors(bands.stream().map(b -> RatingPalette.color(b.band().level())).toList());
    }
}
