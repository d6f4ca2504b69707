package vn.dangbo.dashboard.recruitment;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import vn.dangbo.dashboard.members.Member;

/** Admissions are read from the members' admission dates. */
interface AdmissionRepository extends Repository<Member, Long> {

    @Query("select count(m) from Member m where m.admissionDate between :from and :to")
    long countAdmittedBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

    @Query("""
            select new vn.dangbo.dashboard.recruitment.DirectWorkerAdmissions(
                count(m), count(distinct c.id),
                (select count(h) from Cell h where h.kind = vn.dangbo.dashboard.organisation.CellKind.HAMLET))
            from Member m join m.cell c
            where m.admissionDate between :from and :to
              and m.directWorker = true
              and c.kind = vn.dangbo.dashboard.organisation.CellKind.HAMLET
            """)
    DirectWorkerAdmissions directWorkersFromHamlets(@Param("from") LocalDate from, @Param("to") LocalDate to);

    @Query("""
            select new vn.dangbo.dashboard.recruitment.YearCount(extract(year from m.admissionDate), count(m))
            from Member m where m.admissionDate between :from and :to
            group by extract(year from m.admissionDate)
            """)
    List<YearCount> countByYearBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);
}
