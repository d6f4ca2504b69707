package vn.dangbo.dashboard.transfer;

import java.util.ArrayList;
import java.util.List;

/** A small CSV parser: commas, double quotes with "" inside, CRLF or LF line ends. */
final class Csv {

    private Csv() {
    }

    static List<List<String>> parse(String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    value.append('"');
                    i++;
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
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line.add(value.toString());
                value.setLength(0);
                lines.add(line);
                line = new ArrayList<>();
            } else {
                value.append(c);
            }
        }
        if (!value.isEmpty() || !line.isEmpty()) {
            line.add(value.toString());
            lines.add(line);
        }
        return lines;
    }
}
