package vn.dangbo.dashboard.report;

import java.util.List;

/** A sentence of the report: a bundle template and its parameters, in the template's order. */
public record Sentence(String key, List<Figure> figures) {

    public static Sentence of(String key, Figure... figures) {
        return new Sentence(key, List.of(figures));
    }
}
