package vn.dangbo.dashboard.base.ui;

import java.util.List;
import java.util.Optional;

/**
 * What the header says about the data shown: the committee's name and its current term, the committee above it, and
 * the others the user may switch to. The shared layout knows no feature; the feature that keeps committees and terms
 * provides this.
 */
public interface CommitteeHeading {

    /** A term's first and last year. */
    record Years(int first, int last) {
    }

    /** A committee the header names or offers: its code (for its address) and name. */
    record Committee(String code, String name) {
    }

    Optional<String> committeeName();

    Optional<Years> currentTerm();

    /** The committee shown, when the deployment holds more than one (its code names it in addresses). */
    Optional<Committee> shown();

    /** The committee above the one shown (a commune's province), when the user may open it. */
    Optional<Committee> above();

    /** The committees the user may open, when more than one: the header's picker. */
    List<Committee> choices();

    /** Whether the committee shown has communes under it, so that the menu offers them side by side. */
    boolean hasCommunes();
}
