package vn.dangbo.dashboard.organisation.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.organisation.CellSummary;

/**
 * A committee dashboard's lens on one cell, as the address gives it (?cell=X01): every figure computed for that cell
 * alone. Without it the dashboard shows the whole committee. A cell secretary's lens is fixed on their own cell,
 * whatever the address says. A code that names no cell is said ({@link #unknown()}) and the whole committee shown.
 */
public record CellLens(@Nullable CellSummary cell, boolean fixed, @Nullable String unknownCode) {
    public static final String CELL = "cell";
    private static final CellLens WHOLE = new CellLens(null, false, null);

    /** @param onlyCell the cell the signed-in user is limited to, if any */
    public static CellLens resolve(QueryParameters query, List<CellSummary> cells, Optional<String> onlyCell) {
        if (onlyCell.isPresent()) {
            return cells.stream().filter(c -> c.code().equals(onlyCell.get())).findFirst()
                    .map(own -> new CellLens(own, true, null))
                    .orElseGet(() -> new CellLens(new CellSummary(onlyCell.get(), onlyCell.get(), null), true, null));
        }
        Optional<String> asked = query.getSingleParameter(CELL).map(String::trim).filter(code -> !code.isEmpty());
        if (asked.isEmpty()) {
            return WHOLE;
        }
        return cells.stream().filter(c -> c.code().equalsIgnoreCase(asked.get())).findFirst()
                .map(found -> new CellLens(found, false, null)).orElseGet(() -> new CellLens(null, false, asked.get()));
    }

    /** A lens the user chose with the picker: on a cell, or (null) on the whole committee. */
    public static CellLens on(CellSummary cell) {
        return cell == null ? WHOLE : new CellLens(cell, false, null);
    }

    /** The cell of a lens on one cell; asked only where {@link #whole()} is false. */
    public CellSummary only() {
        if (cell == null) {
            throw new IllegalStateException("a lens on the whole committee has no cell");
        }
        return cell;
    }

    public boolean whole() {
        return cell == null;
    }

    /** The cell's code, or null for the whole committee, as the services take it. */
    public @Nullable String code() {
        return cell == null ? null : cell.code();
    }

    /** The address's query with this lens in it (a fixed lens needs none: the user can see no other). */
    public QueryParameters applyTo(QueryParameters query) {
        Map<String, List<String>> params = new HashMap<>(query.getParameters());
        params.remove(CELL);
        if (cell != null && !fixed) {
            params.put(CELL, List.of(cell.code()));
        }
        return new QueryParameters(params);
    }

    /** A download's name, with a cell's code when the view looks at one: "xep-loai-2019-x01". */
    public static String fileName(String name, @Nullable String cellCode) {
        return cellCode == null ? name : name + "-" + cellCode.toLowerCase(java.util.Locale.ROOT);
    }

    /** The code the address asked for when it names no cell. */
    public Optional<String> unknown() {
        return Optional.ofNullable(unknownCode);
    }
}
