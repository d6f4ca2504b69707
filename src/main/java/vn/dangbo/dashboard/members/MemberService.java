package vn.dangbo.dashboard.members;

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
}
