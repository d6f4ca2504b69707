package vn.dangbo.dashboard.organisation.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import vn.dangbo.dashboard.base.i18n.Folding;
import vn.dangbo.dashboard.base.ui.Paragraphs;
import vn.dangbo.dashboard.organisation.CellSummary;

/**
 * Chooses the cell a dashboard looks at, or none for the whole committee ("and for Chi bộ xóm 1?"). Fixed for a
 * cell secretary. Typing finds a cell without diacritics.
 */
public class CellPicker extends ComboBox<CellSummary> {

    /** @param onChange told the chosen cell, or null for the whole committee */
    public CellPicker(List<CellSummary> cells, CellLens lens, Consumer<CellSummary> onChange) {
        setId("cell-lens");
        setLabel(getTranslation("lens.cell"));
        setPlaceholder(getTranslation("lens.whole"));
        setItems((cell, filter) -> Folding.contains(cell.name(), filter) || Folding.contains(cell.code(), filter), cells);
        setItemLabelGenerator(CellSummary::name);
        setClearButtonVisible(!lens.fixed());
        setValue(lens.cell());
        setReadOnly(lens.fixed());
        addValueChangeListener(e -> onChange.accept(e.getValue()));
    }

    /** What to say when the address named a cell that does not exist, if it did. */
    public static Optional<Paragraph> unknownNotice(CellLens lens) {
        return lens.unknown().map(code -> {
            Paragraph notice = Paragraphs.notice("lens-unknown", "");
            notice.setText(notice.getTranslation("lens.unknown-cell", code));
            return notice;
        });
    }
}
