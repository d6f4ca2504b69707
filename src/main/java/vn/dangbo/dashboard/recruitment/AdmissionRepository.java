package vn.dangbo.dashboard.recruitment;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import vn.dangbo.dashboard.members.Member;

/** Admissions are read from the members' admission dates. */
interface AdmissionRepository extends Repository<Member, Long> {

    @Query("select count(m) from Member m where m.admissionDate between :from and :to and (:cellCode is null or m.cell.code = :cellCode)")
    long countAdmittedBetween(@Param("from") LocalDate from, @Param("to") LocalDate to, @Param("cellCode") @Nullable String cellCode);

    /**
     * The members admitted between two days and the whole-term targets of the terms starting in a year (0 when none),
     * in one statement: a merged commune's former communes each had their own term and target, which add up.
     */
    @Query("""
            select new vn.dangbo.dashboard.recruitment.RecruitmentProgress(count(m), coalesce((select sum(1L * t.target)
                   from vn.dangbo.dashboard.recruitment.RecruitmentTarget t where t.targetYear is null
                   and t.termId in (select x.id from vn.dangbo.dashboard.organisation.Term x where x.startYear = :termStart)), 0L))
            from Member m where m.admissionDate between :from and :to
            """)
    RecruitmentProgress progressBetween(@Param("from") LocalDate from, @Param("to") LocalDate to, @Param("termStart") int termStart);

    @Query("""
            select new vn.dangbo.dashboard.recruitment.DirectWorkerAdmissions(
                count(m), count(distinct c.id),
                (select count(h) from Cell h where h.kind = vn.dangbo.dashboard.organisation.CellKind.HAMLET))
            from Member m join m.cell c
            where m.admissionDate between :from and :to
              and m.directWorker = true
              and c.kind = vn.dangbo.dashboard.organisation.CellKind.HAMLET
              and (:cellCode is null or c.code = :cellCode)
            """)
    DirectWorkerAdmissions directWorkersFromHamlets(@Param("from") LocalDate from, @Param("to") LocalDate to,
                                                    @Param("cellCode") @Nullable String cellCode);

    @Query("""
            select new vn.dangbo.dashboard.recruitment.YearCount(extract(year from m.admissionDate), count(m))
            from Member m where m.admissionDate between :from and :to and (:cellCode is null or m.cell.code = :cellCode)
            group by extract(year from m.admissionDate)
            """)
    List<YearCount> countByYearBetween(@Param("from") LocalDate from, @Param("to") LocalDate to,
                                       @Param("cellCode") @Nullable String cellCode);

    /** Every cell with its admissions in the period, none included. */
    @Query("""
            select new vn.dangbo.dashboard.recruitment.CellAdmissions(c.code, c.name, c.kind, count(m),
                coalesce(sum(case when m.directWorker = true then 1L else 0L end), 0L))
            from vn.dangbo.dashboard.organisation.Cell c
            left join Member m on m.cell = c and m.admissionDate between :from and :to
            group by c.code, c.name, c.kind
            order by count(m) desc, c.code
            """)
    List<CellAdmissions> countByCell(@Param("from") LocalDate from, @Param("to") LocalDate to);

    @Query("""
            select new vn.dangbo.dashboard.recruitment.ProbationEnd(m.code, m.fullName, m.cell.code, m.cell.name, m.admissionDate)
            from Member m
            where m.status = vn.dangbo.dashboard.members.MemberStatus.PROBATIONARY and m.leftDate is null
              and m.admissionDate between :admittedFrom and :admittedTo and (:cellCode is null or m.cell.code = :cellCode)
            order by m.admissionDate, m.fullName
            """)
    List<ProbationEnd> probationaryAdmittedBetween(@Param("admittedFrom") LocalDate admittedFrom,
                                                   @Param("admittedTo") LocalDate admittedTo,
                                                   @Param("cellCode") @Nullable String cellCode);

    @Query("""
            select new vn.dangbo.dashboard.recruitment.Admission(m.code, m.fullName, m.cell.code, m.cell.name,
                   m.admissionDate, m.directWorker)
            from Member m where m.admissionDate between :from and :to and (:cellCode is null or m.cell.code = :cellCode)
            order by m.admissionDate, m.fullName
            """)
    List<Admission> admittedBetween(@Param("from") LocalDate from, @Param("to") LocalDate to, @Param("cellCode") @Nullable String cellCode);

    @Query("""
            select new vn.dangbo.dashboard.recruitment.AdmittedMember(m.code, m.fullName, m.admissionDate, m.directWorker)
            from Member m where m.cell.code = :cellCode and m.admissionDate between :from and :to
            order by m.admissionDate
            """)
    List<AdmittedMember> admittedInCell(@Param("cellCode") String cellCode, @Param("from") LocalDate from,
                                        @Param("to") LocalDate to);

    /** Members admitted between two days per committee (the committee of their cell). */
    @Query("""
            select new vn.dangbo.dashboard.organisation.CommitteeCount(m.cell.committee.id, count(m))
            from Member m where m.admissionDate between :from and :to group by m.cell.committee.id
            """)
    List<vn.dangbo.dashboard.organisation.CommitteeCount> admittedByCommitteeBetween(@Param("from") LocalDate from,
                                                                                     @Param("to") LocalDate to);
}
