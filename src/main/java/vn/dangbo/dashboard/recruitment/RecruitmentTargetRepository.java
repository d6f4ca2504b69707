package vn.dangbo.dashboard.recruitment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RecruitmentTargetRepository extends JpaRepository<RecruitmentTarget, Long> {

    /** The yearly targets of the terms that start in a year: one committee's, or a merged commune's former communes'. */
    @Query("""
            select t from RecruitmentTarget t where t.targetYear is not null
            and t.termId in (select x.id from vn.dangbo.dashboard.organisation.Term x where x.startYear = :termStart)
            """)
    List<RecruitmentTarget> yearlyOfTermsStarting(@Param("termStart") int termStart);

    /** The whole-term targets of the terms that start in a year, per committee (a former commune's its own). */
    @Query("""
            select new vn.dangbo.dashboard.organisation.CommitteeCount(x.committee.id, sum(1L * t.target))
            from RecruitmentTarget t join vn.dangbo.dashboard.organisation.Term x on x.id = t.termId
            where t.targetYear is null and x.startYear = :termStart group by x.committee.id
            """)
    List<vn.dangbo.dashboard.organisation.CommitteeCount> termTargetsByCommittee(@Param("termStart") int termStart);
}
