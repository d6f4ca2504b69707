package vn.dangbo.dashboard.base.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.function.Function;

/**
 * A list of members whose rows open each member's record, for those who keep the records; for everyone else the
 * rows open nothing and do not look as if they did.
 */
public final class MemberRecords {
    /** The members form's route; the members feature declares its view there. */
    public static final String ROUTE = "members";

    private MemberRecords() {
    }

    /** The address of a member's record. */
    public static String of(String cellCode, String memberCode) {
        return Address.of(ROUTE).with("cell", cellCode).with("code", memberCode).toString();
    }

    /** Makes each row open the member's record when {@code keepsRecords}. */
    public static <T> void open(Grid<T> grid, boolean keepsRecords, Function<T, String> cellCode, Function<T, String> code) {
        if (keepsRecords) {
            grid.addClassName("clickable");
            grid.addItemClickListener(e -> Links.follow(of(cellCode.apply(e.getItem()), code.apply(e.getItem()))));
        }
    }
}
