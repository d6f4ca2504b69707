package vn.dangbo.dashboard.transfer;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** How a column's text is read from a sheet and written back to one. */
sealed interface ColumnType {

    /** Free text of at most {@code maxLength} characters. */
    record Text(int maxLength) implements ColumnType {
    }

    /** A whole number from {@code min} to {@code max}. */
    record Whole(int min, int max) implements ColumnType {
    }

    /** A decimal number (a comma or a point before the decimals) from {@code min} to {@code max}. */
    record Decimal(double min, double max) implements ColumnType {
    }

    /** A date written day/month/year. */
    record Day() implements ColumnType {
    }

    /** One of a few Vietnamese words, each standing for a stored value; a blank cell stands for {@code whenBlank}. */
    record Coded(Map<String, String> words, @Nullable String whenBlank) implements ColumnType {
    }

    /** Có or Không; a blank cell is Không. */
    record YesNo() implements ColumnType {
    }

    /** The natural key of a row of another sheet (a cell's code, a member's code, a term's first year, a hamlet). */
    record Reference(ImportSheet target) implements ColumnType {
    }
}
