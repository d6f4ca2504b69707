package vn.dangbo.dashboard.members;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class MemberService {
    private final MemberRepository members;

    MemberService(MemberRepository members) {
        this.members = members;
    }

    public MembershipSummary currentMembership() {
        return members.summarizeCurrent();
    }

    /** A cell's current members, by name. */
    public List<CellMember> currentMembersOf(String cellCode) {
        return members.currentMembersOf(cellCode);
    }

    /** Current members per cell code; cells without members are absent. */
    public java.util.Map<String, Long> currentHeadcountByCell() {
        return members.currentHeadcountByCell().stream()
                .collect(java.util.stream.Collectors.toMap(CellHeadcount::cellCode, CellHeadcount::members));
    }
}
