package vn.dangbo.dashboard.organisation.web;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import vn.dangbo.dashboard.base.security.CurrentUser;
import vn.dangbo.dashboard.base.security.SignedInUser;
import vn.dangbo.dashboard.base.ui.CommitteeHeading;
import vn.dangbo.dashboard.organisation.CommitteeDirectory;
import vn.dangbo.dashboard.organisation.CommitteeNode;
import vn.dangbo.dashboard.organisation.CommitteeScope;
import vn.dangbo.dashboard.organisation.OrganisationService;

/** The header's committee and term, from the organisation's records and the committee tree. */
@Component
@ConditionalOnWebApplication
class OrganisationHeading implements CommitteeHeading {
    private final OrganisationService organisation;
    private final CommitteeDirectory directory;
    private final CurrentUser currentUser;

    OrganisationHeading(OrganisationService organisation, CommitteeDirectory directory, CurrentUser currentUser) {
        this.organisation = organisation;
        this.directory = directory;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<String> committeeName() {
        return organisation.committeeName();
    }

    @Override
    public Optional<Years> currentTerm() {
        return organisation.currentTerm().map(term -> new Years(term.startYear(), term.endYear()));
    }

    private @Nullable Long granted() {
        return currentUser.get().map(SignedInUser::committeeId).orElse(null);
    }

    private Optional<CommitteeNode> shownNode() {
        long scope = CommitteeScope.currentId();
        return scope > 0 ? directory.byId(scope) : Optional.empty();
    }

    @Override
    public Optional<Committee> shown() {
        return directory.many() ? shownNode().map(OrganisationHeading::committee) : Optional.empty();
    }

    @Override
    public Optional<Committee> above() {
        Long granted = granted();
        return shownNode().map(n -> n.mergedIntoId() != null ? n.mergedIntoId() : n.parentId())
                .filter(up -> directory.covers(granted, up))
                .flatMap(directory::byId)
                .map(OrganisationHeading::committee);
    }

    @Override
    public List<Committee> choices() {
        List<CommitteeNode> visible = directory.visibleTo(granted());
        return visible.size() < 2 ? List.of() : visible.stream().map(OrganisationHeading::committee).toList();
    }

    @Override
    public boolean hasCommunes() {
        return directory.scopeSpansCommunes();
    }

    private static Committee committee(CommitteeNode node) {
        return new Committee(node.code(), node.name());
    }
}
