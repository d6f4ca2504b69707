package vn.dangbo.dashboard.members.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.i18n.Texts;
import vn.dangbo.dashboard.chart.Charts;
import vn.dangbo.dashboard.members.MembershipMovement;
import vn.dangbo.dashboard.members.Movement;

/**
 * The term's membership as a waterfall: the members at its start, each way in rising from there, each way out
 * falling, and the members at its end, where the steps arrive. Drawn as stacked columns over an invisible base
 * (without labels or tooltips), the steps coloured by their direction, the value axis from zero (a step of one member
 * is thin, but its number is written on it: the chart element keeps every bar's label).
 */
public final class MovementWaterfall {
    private static final List<String> COLOURS = List.of("rgba(0,0,0,0)", "#607d8b", "#2e7d32", "#c62828");

    /** One column: its invisible base, and its one visible part (a total, a rise or a fall); null for none. */
    private record Step(String label, @Nullable Long base, @Nullable Long total, @Nullable Long up, @Nullable Long down) {
    }

    private MovementWaterfall() {
    }

    public static Charts of(MembershipMovement movement, Texts texts) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(texts.t("movement.start"), null, movement.atStart(), null, null));
        long level = movement.atStart();
        for (Map.Entry<Movement, Long> way : movement.totals().entrySet()) {
            String label = texts.t("movement." + way.getKey());
            long n = way.getValue();
            if (way.getKey().sign() > 0) {
                steps.add(new Step(label, level, null, n, null));
                level += n;
            } else {
                level -= n;
                steps.add(new Step(label, level, null, null, n));
            }
        }
        steps.add(new Step(texts.t("movement.end"), null, movement.atEnd(), null, null));
        return Charts.column().stacked().categories(steps.stream().map(Step::label).toList())
                .series("", column(steps, Step::base)).series(texts.t("movement.members"), column(steps, Step::total))
                .series(texts.t("movement.in"), column(steps, Step::up)).series(texts.t("movement.out"), column(steps, Step::down))
                .colors(COLOURS).onlyOnSeries(List.of(1, 2, 3)).withoutLegend();
    }

    private static List<@Nullable Long> column(List<Step> steps, Function<Step, @Nullable Long> part) {
        List<@Nullable Long> values = new ArrayList<>();
        steps.forEach(step -> values.add(part.apply(step)));
        return values;
    }
}
