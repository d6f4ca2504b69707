package vn.dangbo.dashboard.base.table;

import java.util.List;

/**
 * A table as a spreadsheet holds it: a sheet name, a header row in the reader's language and rows of values.
 * Values are text, whole numbers, decimals, or {@link Share}s (written as percentages).
 */
public record Table(String name, List<String> headers, List<List<Object>> rows) {

    /** A share from 0 to 1, written as a percentage with one decimal (0,125 → 12,5%). */
    public record Share(double value) {
    }
}
