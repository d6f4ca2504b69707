package vn.dangbo.dashboard.ratings;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CellRatingRepository extends JpaRepository<CellRating, Long> {

    @Query("""
            select new vn.dangbo.dashboard.ratings.RatingCount(r.level, r.notRatedReason, count(r))
            from CellRating r where r.ratingYear = :year
            group by r.level, r.notRatedReason
            """)
    List<RatingCount> countByLevel(@Param("year") int year);

    @Query("""
            select new vn.dangbo.dashboard.ratings.YearRatingCount(r.ratingYear, r.level, r.notRatedReason, count(r))
            from CellRating r where r.ratingYear between :from and :to
            group by r.ratingYear, r.level, r.notRatedReason
            """)
    List<YearRatingCount> countByYearAndLevel(@Param("from") int from, @Param("to") int to);

    @Query("""
            select new vn.dangbo.dashboard.ratings.CellYearRating(c.code, c.name, r.ratingYear, r.level)
            from CellRating r join vn.dangbo.dashboard.organisation.Cell c on c.id = r.cellId
            where r.ratingYear between :from and :to
            order by c.code, r.ratingYear
            """)
    List<CellYearRating> ratingsBetween(@Param("from") int from, @Param("to") int to);

    @Query("select c.id from vn.dangbo.dashboard.organisation.Cell c where c.code = :code")
    Optional<Long> cellId(@Param("code") String code);

    Optional<CellRating> findByCellIdAndRatingYear(Long cellId, int ratingYear);

    /** A year's cell ratings per committee and level. */
    @Query("""
            select new vn.dangbo.dashboard.ratings.CommitteeRatingCount(c.committee.id, r.level, r.notRatedReason, count(r))
            from CellRating r join vn.dangbo.dashboard.organisation.Cell c on c.id = r.cellId
            where r.ratingYear = :year
            group by c.committee.id, r.level, r.notRatedReason
            """)
    List<CommitteeRatingCount> countByCommitteeAndLevel(@Param("year") int year);
}
