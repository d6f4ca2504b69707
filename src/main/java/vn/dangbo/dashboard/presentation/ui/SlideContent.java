package vn.dangbo.dashboard.presentation.ui;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.chart.Charts;

/**
 * One slide as content, before it is drawn: its title and its blocks in order. The hall's screen draws it with
 * {@link SlideRenderer}; the PowerPoint deck writes the same content with {@link DeckWriter}, so the two cannot say
 * different things.
 */
record SlideContent(String id, String title, List<Block> blocks) {

    /** A part of a slide. */
    sealed interface Block permits Subtitle, Figures, Chart, Columns, Lines, Rows {
    }

    /** A line under the title. */
    record Subtitle(String text) implements Block {
    }

    /** Large figures with their captions, side by side. */
    record Figures(List<Figure> figures) implements Block {
    }

    record Figure(String value, String caption) {
    }

    /** A chart: its options (not yet sized or coloured for the screen), and the decimals its values show. */
    record Chart(String id, Charts charts, int decimals) implements Block {
    }

    /** Blocks side by side. */
    record Columns(List<Block> blocks) implements Block {
    }

    /** A list of lines with a heading (null for none). */
    record Lines(@Nullable String id, @Nullable String heading, List<String> lines) implements Block {
    }

    /** A table of rows, each marked as met or not. */
    record Rows(List<Row> rows) implements Block {
    }

    record Row(List<String> cells, boolean met) {
    }
}
