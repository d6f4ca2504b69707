package vn.dangbo.dashboard.conclusions;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ConclusionRepository extends JpaRepository<Conclusion, Long> {

    /** Those still open, and those done on or after a day (what the last meeting saw done), the oldest due first. */
    @Query("""
            select c from Conclusion c where c.doneOn is null or c.doneOn >= :doneSince
            order by c.dueDate, c.meetingDate, c.id
            """)
    List<Conclusion> openOrDoneSince(@Param("doneSince") LocalDate doneSince);

    /** A conclusion by its id, if it is in the scope (a find by id would not read through the committee filter). */
    @Query("select c from Conclusion c where c.id = :id")
    java.util.Optional<Conclusion> inScope(@Param("id") long id);

    /** Every conclusion on a subject, the latest meeting first. */
    @Query("select c from Conclusion c where c.subjectKey in :keys order by c.meetingDate desc, c.id desc")
    List<Conclusion> concerning(@Param("keys") List<String> keys);

    @Query("""
            select count(c) from Conclusion c where c.meetingDate = :day and c.subjectKind = :kind
              and c.subjectKey = :subjectKey and c.content = :content
            """)
    long countSame(@Param("day") LocalDate day, @Param("kind") ConclusionSubject kind, @Param("subjectKey") String subjectKey,
                   @Param("content") String content);
}
