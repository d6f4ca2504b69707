package vn.dangbo.dashboard.transfer;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The data rows of a CSV file, read from its text each time they are walked through rather than held: checking a
 * file of a million wrong lines keeps one line in memory at a time (and the problems found, which are bounded). Only
 * walked in order; {@link #get} is not offered.
 */
final class CsvRows extends AbstractList<RawRow> {
    private final ImportSheet kind;
    private final List<String> headers;
    private final String text;
    private final int size;

    CsvRows(ImportSheet kind, List<String> headers, String text) {
        this.kind = kind;
        this.headers = headers;
        this.text = text;
        int count = 0;
        for (RawRow ignored : this) {
            count++;
        }
        this.size = count;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public RawRow get(int index) {
        throw new UnsupportedOperationException("CSV rows are read in order");
    }

    @Override
    public void forEach(Consumer<? super RawRow> action) {
        iterator().forEachRemaining(action);
    }

    @Override
    public Iterator<RawRow> iterator() {
        Iterator<List<String>> lines = Csv.lines(text);
        lines.next();
        return new Iterator<>() {
            private int number = 1;
            private @Nullable RawRow next = advance();

            private @Nullable RawRow advance() {
                while (lines.hasNext()) {
                    number++;
                    RawRow row = SpreadsheetReader.row(kind, headers, lines.next(), number);
                    if (row != null) {
                        return row;
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public RawRow next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                RawRow current = next;
                next = advance();
                return current;
            }
        };
    }
}
