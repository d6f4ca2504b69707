package vn.dangbo.dashboard.ratings;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MemberRatingRepository extends JpaRepository<MemberRating, Long> {

    @Query("""
            select new vn.dangbo.dashboard.ratings.RatingCount(r.level, r.notRatedReason, count(r))
            from MemberRating r where r.ratingYear = :year
            group by r.level, r.notRatedReason
            """)
    List<RatingCount> countByLevel(@Param("year") int year);

    @Query("""
            select new vn.dangbo.dashboard.ratings.YearRatingCount(r.ratingYear, r.level, r.notRatedReason, count(r))
            from MemberRating r where r.ratingYear between :from and :to
            group by r.ratingYear, r.level, r.notRatedReason
            """)
    List<YearRatingCount> countByYearAndLevel(@Param("from") int from, @Param("to") int to);

    @Query("""
            select new vn.dangbo.dashboard.ratings.YearRatingCount(r.ratingYear, r.level, r.notRatedReason, count(r))
            from MemberRating r join vn.dangbo.dashboard.members.Member m on m.id = r.memberId
            where r.ratingYear between :from and :to and m.cell.code = :cellCode
            group by r.ratingYear, r.level, r.notRatedReason
            """)
    List<YearRatingCount> countByYearAndLevelInCell(@Param("from") int from, @Param("to") int to,
                                                    @Param("cellCode") String cellCode);

    /** Rated members per cell and level in a year. */
    @Query("""
            select new vn.dangbo.dashboard.ratings.CellLevelCount(m.cell.code, r.level, count(r))
            from MemberRating r join vn.dangbo.dashboard.members.Member m on m.id = r.memberId
            where r.ratingYear = :year and r.level is not null
            group by m.cell.code, r.level
            """)
    List<CellLevelCount> countByCellAndLevel(@Param("year") int year);

    @Query("""
            select new vn.dangbo.dashboard.ratings.RatedMember(m.code, m.fullName, c.code, c.name)
            from MemberRating r join vn.dangbo.dashboard.members.Member m on m.id = r.memberId join m.cell c
            where r.ratingYear = :year and r.level = :level and (:cellCode is null or c.code = :cellCode)
              and (:newOnly = false or not exists (select p.id from MemberRating p
                   where p.memberId = m.id and p.ratingYear = :year - 1 and p.level = :level))
            order by c.code, m.fullName, m.code
            """)
    List<RatedMember> membersAtLevel(@Param("year") int year, @Param("level") RatingLevel level,
                                     @Param("cellCode") @Nullable String cellCode, @Param("newOnly") boolean newOnly);

    /** One page of {@link #membersAtLevel}, in the page's order (its sort names m.… and c.… columns). */
    @Query("""
            select new vn.dangbo.dashboard.ratings.RatedMember(m.code, m.fullName, c.code, c.name)
            from MemberRating r join vn.dangbo.dashboard.members.Member m on m.id = r.memberId join m.cell c
            where r.ratingYear = :year and r.level = :level and (:cellCode is null or c.code = :cellCode)
              and (:newOnly = false or not exists (select p.id from MemberRating p
                   where p.memberId = m.id and p.ratingYear = :year - 1 and p.level = :level))
            """)
    List<RatedMember> membersAtLevelPage(@Param("year") int year, @Param("level") RatingLevel level,
                                         @Param("cellCode") @Nullable String cellCode, @Param("newOnly") boolean newOnly,
                                         org.springframework.data.domain.Pageable page);

    @Query("""
            select count(r) from MemberRating r join vn.dangbo.dashboard.members.Member m on m.id = r.memberId join m.cell c
            where r.ratingYear = :year and r.level = :level and (:cellCode is null or c.code = :cellCode)
              and (:newOnly = false or not exists (select p.id from MemberRating p
                   where p.memberId = m.id and p.ratingYear = :year - 1 and p.level = :level))
            """)
    long countMembersAtLevel(@Param("year") int year, @Param("level") RatingLevel level, @Param("cellCode") @Nullable String cellCode,
                             @Param("newOnly") boolean newOnly);

    @Query("""
            select new vn.dangbo.dashboard.ratings.MemberYearRating(m.code, r.ratingYear, r.level, r.notRatedReason)
            from MemberRating r join vn.dangbo.dashboard.members.Member m on m.id = r.memberId
            where m.cell.code = :cellCode and r.ratingYear between :from and :to
            """)
    List<MemberYearRating> ratingsInCell(@Param("cellCode") String cellCode, @Param("from") int from,
                                         @Param("to") int to);

    @Query("select max(r.ratingYear) from MemberRating r where r.ratingYear between :from and :to")
    Optional<Integer> latestYearBetween(@Param("from") int from, @Param("to") int to);

    @Query("""
            select r from MemberRating r join vn.dangbo.dashboard.members.Member m on m.id = r.memberId
            where m.code = :memberCode and r.ratingYear = :year
            """)
    Optional<MemberRating> findByMemberCodeAndYear(@Param("memberCode") String memberCode, @Param("year") int year);

    @Query("select m.id, m.admissionDate from vn.dangbo.dashboard.members.Member m where m.code = :code")
    List<Object[]> memberIdAndAdmission(@Param("code") String code);

    /**
     * Per cell, the current members admitted by a year's end with no rating recorded for that year, neither a level
     * nor a reason: what the members list shows as unrated for the year.
     */
    @Query("""
            select new vn.dangbo.dashboard.ratings.UnratedMembers(m.cell.code, m.cell.name, count(m))
            from vn.dangbo.dashboard.members.Member m
            where m.leftDate is null and m.admissionDate <= :yearEnd
              and not exists (select r.id from MemberRating r where r.memberId = m.id and r.ratingYear = :year)
            group by m.cell.code, m.cell.name
            order by m.cell.code
            """)
    java.util.List<UnratedMembers> unratedByCell(@org.springframework.data.repository.query.Param("year") int year,
                                                 @org.springframework.data.repository.query.Param("yearEnd") java.time.LocalDate yearEnd);

    /** Members disciplined during a year and rated that year above KHTNV. */
    @Query("""
            select distinct new vn.dangbo.dashboard.ratings.DisciplinedRating(m.code, m.fullName, m.cell.code, m.cell.name,
                   r.level, d.form)
            from vn.dangbo.dashboard.discipline.Discipline d join vn.dangbo.dashboard.members.Member m on m.id = d.memberId
                 join MemberRating r on r.memberId = m.id and r.ratingYear = :year
            where d.decidedOn between :from and :to and r.level is not null
              and r.level <> vn.dangbo.dashboard.ratings.RatingLevel.FAILED
            order by m.fullName, m.code
            """)
    java.util.List<DisciplinedRating> disciplinedRatedAboveFailed(@org.springframework.data.repository.query.Param("year") int year,
            @org.springframework.data.repository.query.Param("from") java.time.LocalDate from,
            @org.springframework.data.repository.query.Param("to") java.time.LocalDate to);

    /** Members' scores in a year, each score with how many had it (at most a hundred and one rows). */
    @Query("select r.score, count(r) from MemberRating r where r.ratingYear = :year and r.score is not null group by r.score")
    java.util.List<Object[]> countScores(@org.springframework.data.repository.query.Param("year") int year);

    /** Member ratings per year and level in the cells each former commune handed over to a merged commune. */
    @Query("""
            select new vn.dangbo.dashboard.ratings.FormerYearRatingCount(c.formerCommitteeId, r.ratingYear, r.level,
                r.notRatedReason, count(r))
            from MemberRating r join vn.dangbo.dashboard.members.Member m on m.id = r.memberId join m.cell c
            where r.ratingYear between :from and :to and c.formerCommitteeId is not null
            group by c.formerCommitteeId, r.ratingYear, r.level, r.notRatedReason
            """)
    List<FormerYearRatingCount> countByFormerCommuneYearAndLevel(@Param("from") int from, @Param("to") int to);
}
