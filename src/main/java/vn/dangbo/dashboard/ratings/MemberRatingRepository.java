package vn.dangbo.dashboard.ratings;

import java.util.List;
import java.util.Optional;
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

    @Query("select max(r.ratingYear) from MemberRating r where r.ratingYear between :from and :to")
    Optional<Integer> latestYearBetween(@Param("from") int from, @Param("to") int to);
}
