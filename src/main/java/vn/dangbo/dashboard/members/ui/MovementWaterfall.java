package vn.dangbo.dashboard.members.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.dangbo.dashboard.base.i18n.Texts;
import vn.dangbo.dashboard.chart.Charts;
import vn.dangbo.dashboard.members.MembershipMovement;
import vn.dangbo.dashboard.members.Movement;

/**
 * The term's membership as a waterfall: the members at its start, each way in rising from there, each way out
 * falling, and the members at its end, where the steps arrive. Drawn as stacked columns over an invisible base
 * (without labels or tooltips), the steps coloured by their direction.
 */
public final class MovementWaterfall {
    private static final List<String> COLOURS = List.of("rgba(0,0,0,0)", "#607d8b", "#2e7d32", "#c62828");

    /** One column: its invisible base, and its one visible part (a total, a rise or a fall); null for none. */
    private record Step(String label, Long base, Long total, Long up, Long down) {
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
        long lowest = steps.stream().mapToLong(step -> step.base() != null ? step.base() : step.total()).min().orElse(0);
        return Charts.column().stacked().categories(steps.stream().map(Step::label).toList())
                .series("", column(steps, Step::base)).series(texts.t("movement.members"), column(steps, Step::total))
                .series(texts.t("movement.in"), column(steps, Step::up)).series(texts.t("movement.out"), column(steps, Step::down))
                .colors(COLOURS).onlyOnSeries(List.of(1, 2, 3)).withoutLegend().yRange(axisFloor(lowest), null);
    }

    /**
     * Where the value axis starts: a round number some way below the lowest level, so that the steps, small beside
     * the membership, can be seen (a chart from zero would draw them a few pixels high).
     */
    static long axisFloor(long lowest) {
        if (lowest < 50) {
            return 0;
        }
        long step = lowest < 500 ? 10 : lowest < 5_000 ? 50 : 500;
        return Math.max(0, (long) (lowest * 0.9) / step * step);
    }

    private static List<Long> column(List<Step> steps, Function<Step, Long> part) {
        List<Long> values = new ArrayList<>();
        steps.forEach(step -> values.add(part.apply(step)));
        return values;
    }
}
