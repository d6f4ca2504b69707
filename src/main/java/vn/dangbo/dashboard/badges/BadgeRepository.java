package vn.dangbo.dashboard.badges;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BadgeRepository extends JpaRepository<PartyBadge, Long> {

    /**
     * Members still in the party admitted on or before a day (the latest admission that can be due), each with the
     * badges they hold: a row per badge, or one row with none.
     */
    @Query("""
            select new vn.dangbo.dashboard.badges.BadgeCandidate(m.id, m.code, m.fullName, m.birthYear, m.cell.code,
                   m.cell.name, m.admissionDate, b.badgeYears)
            from vn.dangbo.dashboard.members.Member m left join PartyBadge b on b.memberId = m.id
            where m.leftDate is null and m.admissionDate <= :admittedBy
            order by m.cell.code, m.fullName, m.code
            """)
    List<BadgeCandidate> candidates(@Param("admittedBy") LocalDate admittedBy);

    @Query("""
            select new vn.dangbo.dashboard.badges.AwardedBadge(m.code, m.fullName, m.cell.code, m.cell.name, b.badgeYears,
                   b.awardedOn, b.earlyGround)
            from PartyBadge b join vn.dangbo.dashboard.members.Member m on m.id = b.memberId
            where b.awardedOn between :from and :to
            order by b.awardedOn desc, b.badgeYears desc, m.fullName
            """)
    List<AwardedBadge> awarded(@Param("from") LocalDate from, @Param("to") LocalDate to);

    @Query("""
            select new vn.dangbo.dashboard.badges.BadgeCount(b.badgeYears, count(b))
            from PartyBadge b where b.awardedOn between :from and :to
            group by b.badgeYears order by b.badgeYears
            """)
    List<BadgeCount> countByBadge(@Param("from") LocalDate from, @Param("to") LocalDate to);
}
