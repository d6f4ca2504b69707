package vn.dangbo.dashboard.users;

import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.dangbo.dashboard.base.security.Role;
import vn.dangbo.dashboard.organisation.CommitteeDirectory;
import vn.dangbo.dashboard.organisation.CommitteeNode;
import vn.dangbo.dashboard.organisation.CommitteeScope;
import vn.dangbo.dashboard.organisation.OrganisationLevel;

/**
 * The roles an administrator may grant on the page's committee: an account is granted that committee, so it is never
 * wider than the creator's own; and the province board's role (reading every commune) only on a province's page or
 * by an administrator of the whole deployment, never on a commune's.
 */
@Component
class GrantableRoles {
    private final CommitteeDirectory directory;

    GrantableRoles(CommitteeDirectory directory) {
        this.directory = directory;
    }

    List<Role> onThisPage() {
        long scope = CommitteeScope.currentId();
        if (scope < 0) {
            return List.of(); // a refused committee, or no scope set: nothing may be granted
        }
        boolean provinceWide = scope == CommitteeScope.ALL ? directory.many()
                : directory.byId(scope).map(CommitteeNode::level).filter(OrganisationLevel.PROVINCE::equals).isPresent();
        return Arrays.stream(Role.values()).filter(role -> role != Role.PROVINCE || provinceWide).toList();
    }
}
