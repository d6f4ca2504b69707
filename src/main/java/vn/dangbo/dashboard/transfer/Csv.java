package vn.dangbo.dashboard.transfer;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A small CSV parser: commas, double quotes with "" inside, CRLF or LF line ends. It reads one line at a time, so a
 * file of a million lines is never held as a million lists.
 */
final class Csv {

    private Csv() {
    }

    static List<List<String>> parse(String text) {
        List<List<String>> lines = new ArrayList<>();
        lines(text).forEachRemaining(lines::add);
        return lines;
    }

    /** The lines of the text, each as its values, parsed as they are asked for. */
    static Iterator<List<String>> lines(String text) {
        return new Iterator<>() {
            private int at;

            @Override
            public boolean hasNext() {
                return at < text.length();
            }

            @Override
            public List<String> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                List<String> line = new ArrayList<>();
                StringBuilder value = new StringBuilder();
                boolean quoted = false;
                while (at < text.length()) {
                    char c = text.charAt(at++);
                    if (quoted) {
                        if (c == '"' && at < text.length() && text.charAt(at) == '"') {
                            value.append('"');
                            at++;
                        } else if (c == '"') {
                            quoted = false;
                        } else {
                            value.append(c);
                        }
                    } else if (c == '"') {
                        quoted = true;
                    } else if (c == ',') {
                        line.add(value.toString());
                        value.setLength(0);
                    } else if (c == '\n' || c == '\r') {
                        if (c == '\r' && at < text.length() && text.charAt(at) == '\n') {
                            at++;
                        }
                        line.add(value.toString());
                        return line;
                    } else {
                        value.append(c);
                    }
                }
                line.add(value.toString());
                return line;
            }
        };
    }
}
