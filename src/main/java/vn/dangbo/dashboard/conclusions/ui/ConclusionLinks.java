package vn.dangbo.dashboard.conclusions.ui;

import java.util.Optional;
import vn.dangbo.dashboard.base.ui.Address;
import vn.dangbo.dashboard.conclusions.ConclusionEntry;

/** Where a conclusion's subject is now: the figure's page at the period it was recorded on, or the cell's page. */
final class ConclusionLinks {

    private ConclusionLinks() {
    }

    static Optional<String> of(ConclusionEntry entry) {
        return switch (entry.subject()) {
            case MEETING -> Optional.empty();
            case CELL -> Optional.of(Address.of("cells/" + entry.subjectKey()).toString());
            case FIGURE -> {
                int hash = entry.subjectKey().indexOf('#');
                String route = hash < 0 ? entry.subjectKey() : entry.subjectKey().substring(0, hash);
                String address = Address.of(route).with("year", entry.period()).toString();
                yield Optional.of(hash < 0 ? address : address + entry.subjectKey().substring(hash));
            }
        };
    }
}
