package vn.dangbo.dashboard.members;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MemberRepository extends JpaRepository<Member, Long> {

    @Query("""
            select new vn.dangbo.dashboard.members.MembershipSummary(
                count(m),
                coalesce(sum(case when m.status = vn.dangbo.dashboard.members.MemberStatus.PROBATIONARY then 1L else 0L end), 0L),
                coalesce(sum(case when m.exempt = true then 1L else 0L end), 0L))
            from Member m
            where m.leftDate is null and (:cellCode is null or m.cell.code = :cellCode)
            """)
    MembershipSummary summarizeCurrent(@Nullable @org.springframework.data.repository.query.Param("cellCode") String cellCode);

    @Query("""
            select new vn.dangbo.dashboard.members.CellMember(m.code, m.fullName, m.status, m.exempt, m.admissionDate)
            from Member m where m.cell.code = :cellCode and m.leftDate is null
            order by m.fullName, m.code
            """)
    List<CellMember> currentMembersOf(@org.springframework.data.repository.query.Param("cellCode") String cellCode);

    @Query("""
            select new vn.dangbo.dashboard.members.CellHeadcount(m.cell.code, count(m))
            from Member m where m.leftDate is null group by m.cell.code
            """)
    List<CellHeadcount> currentHeadcountByCell();

    /**
     * Members in the committee on a day: come in (admitted, transferred in, or their membership restored: the latest of
     * these is the day they came in, as the statistical form 1 counts) before it, not gone before it.
     */
    @Query("""
            select count(m) from Member m
            where coalesce(m.restoredDate, m.transferredInDate, m.admissionDate) < :day and (m.leftDate is null or m.leftDate >= :day)
            """)
    long countMembersOn(@org.springframework.data.repository.query.Param("day") java.time.LocalDate day);

    /** Members admitted here (not transferred in) per year between two days. */
    @Query("""
            select new vn.dangbo.dashboard.members.YearCount(extract(year from m.admissionDate), count(m))
            from Member m where m.transferredInDate is null and m.restoredDate is null and m.admissionDate between :from and :to
            group by extract(year from m.admissionDate)
            """)
    List<YearCount> admittedBetween(@org.springframework.data.repository.query.Param("from") java.time.LocalDate from,
                                    @org.springframework.data.repository.query.Param("to") java.time.LocalDate to);

    /** Members transferred in per year between two days. */
    @Query("""
            select new vn.dangbo.dashboard.members.YearCount(extract(year from m.transferredInDate), count(m))
            from Member m where m.restoredDate is null and m.transferredInDate between :from and :to
            group by extract(year from m.transferredInDate)
            """)
    List<YearCount> transferredInBetween(@org.springframework.data.repository.query.Param("from") java.time.LocalDate from,
                                         @org.springframework.data.repository.query.Param("to") java.time.LocalDate to);

    /** Members whose membership was restored, per year between two days. */
    @Query("""
            select new vn.dangbo.dashboard.members.YearCount(extract(year from m.restoredDate), count(m))
            from Member m where m.restoredDate between :from and :to
            group by extract(year from m.restoredDate)
            """)
    List<YearCount> restoredBetween(@org.springframework.data.repository.query.Param("from") java.time.LocalDate from,
                                    @org.springframework.data.repository.query.Param("to") java.time.LocalDate to);

    /** The ways out per year between two days, by the reason for leaving (which a leaving day always has: MemberRules). */
    @Query("""
            select new vn.dangbo.dashboard.members.MovementCount(extract(year from m.leftDate), cast(m.leftReason as String), count(m))
            from Member m where m.leftDate between :from and :to
            group by extract(year from m.leftDate), m.leftReason
            """)
    List<MovementCount> leavingBetween(@org.springframework.data.repository.query.Param("from") java.time.LocalDate from,
                                       @org.springframework.data.repository.query.Param("to") java.time.LocalDate to);

    Optional<Member> findByCode(String code);

    @Query("""
            select new vn.dangbo.dashboard.members.FoundMember(m.code, m.fullName, m.cell.code, m.cell.name,
                   case when m.leftDate is not null then true else false end)
            from Member m where lower(m.code) like :pattern
               or cast(function('translate', lower(m.fullName), :accented, :plain) as String) like :pattern
            order by m.fullName, m.code
            """)
    List<FoundMember> search(@org.springframework.data.repository.query.Param("pattern") String pattern,
                             @org.springframework.data.repository.query.Param("accented") String accented,
                             @org.springframework.data.repository.query.Param("plain") String plain,
                             org.springframework.data.domain.Limit limit);

    @Query("select c from vn.dangbo.dashboard.organisation.Cell c where c.code = :code")
    Optional<vn.dangbo.dashboard.organisation.Cell> cellByCode(@org.springframework.data.repository.query.Param("code") String code);
}
