package vn.dangbo.dashboard.organisation;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.dangbo.dashboard.base.ui.CommitteeHeading;

/** The header's committee and term, from the organisation's records. */
@Component
class OrganisationHeading implements CommitteeHeading {
    private final OrganisationService organisation;

    OrganisationHeading(OrganisationService organisation) {
        this.organisation = organisation;
    }

    @Override
    public Optional<String> committeeName() {
        return organisation.committeeName();
    }

    @Override
    public Optional<Years> currentTerm() {
        return organisation.currentTerm().map(term -> new Years(term.startYear(), term.endYear()));
    }
}
