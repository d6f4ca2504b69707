package vn.dangbo.dashboard.members;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MemberRepository extends JpaRepository<Member, Long> {

    @Query("""
            select new vn.dangbo.dashboard.members.MembershipSummary(
                count(m),
                coalesce(sum(case when m.status = vn.dangbo.dashboard.members.MemberStatus.PROBATIONARY then 1L else 0L end), 0L),
                coalesce(sum(case when m.exempt = true then 1L else 0L end), 0L))
            from Member m
            where m.leftDate is null
            """)
    MembershipSummary summarizeCurrent();
}
