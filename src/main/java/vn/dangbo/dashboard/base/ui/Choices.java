package vn.dangbo.dashboard.base.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.Collection;
import vn.dangbo.dashboard.base.i18n.Folding;

/** Choice boxes that find what is typed as the office types it: "xom 1" finds "Chi bộ xóm 1". */
public final class Choices {

    private Choices() {
    }

    /** The box's items, found by their label (as the box writes it) whatever the diacritics and capitals typed. */
    public static <T> ComboBox<T> foundWithoutDiacritics(ComboBox<T> box, Collection<T> items) {
        box.setItems((item, typed) -> Folding.contains(box.getItemLabelGenerator().apply(item), typed), items);
        return box;
    }
}
