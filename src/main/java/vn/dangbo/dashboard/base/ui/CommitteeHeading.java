package vn.dangbo.dashboard.base.ui;

import java.util.Optional;

/**
 * What the header says about the data shown: the committee's name and its current term. The shared layout knows
 * no feature; the feature that keeps committees and terms provides this.
 */
public interface CommitteeHeading {

    /** A term's first and last year. */
    record Years(int first, int last) {
    }

    Optional<String> committeeName();

    Optional<Years> currentTerm();
}
