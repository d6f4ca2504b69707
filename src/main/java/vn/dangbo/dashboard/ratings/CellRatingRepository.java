package vn.dangbo.dashboard.ratings;

import java.util.List;
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
}
