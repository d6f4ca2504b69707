package vn.dangbo.dashboard.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChoicesTest {

    /** What the box lists once this is typed into it. */
    private static List<String> found(ComboBox<String> box, String typed) {
        ComboBoxKt.setUserInput(box, typed);
        return ComboBoxKt.getSuggestionItems(box);
    }

    @Test
    void typing_without_diacritics_or_capitals_finds_a_choice_by_the_label_it_shows() {
        ComboBox<String> box = new ComboBox<>();
        box.setItemLabelGenerator(code -> switch (code) {
            case "X01" -> "Chi bộ xóm 1";
            case "TH" -> "Chi bộ Trường Tiểu học";
            default -> "Chi bộ Đồng Tâm";
        });
        Choices.foundWithoutDiacritics(box, List.of("X01", "TH", "DT"));

        assertThat(found(box, "xom 1")).containsExactly("X01");
        assertThat(found(box, "TRUONG TIEU")).containsExactly("TH");
        assertThat(found(box, "dong tam")).containsExactly("DT");
        assertThat(found(box, "Chi bộ")).containsExactly("X01", "TH", "DT");
        assertThat(found(box, "xóm 9")).isEmpty();
    }
}
