package vn.dangbo.dashboard.results;

import java.math.BigDecimal;

/** A socio-economic target of the term, what was reached, and whether that meets it. */
public record TargetResult(int position, String name, String unit, TargetDirection direction, BigDecimal target,
                           BigDecimal result, boolean met) {
}
