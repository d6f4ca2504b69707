package vn.dangbo.dashboard.organisation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CellRepository extends JpaRepository<Cell, Long> {

    @Query("""
            select new vn.dangbo.dashboard.organisation.CellCount(
                count(c),
                coalesce(sum(case when c.kind = vn.dangbo.dashboard.organisation.CellKind.HAMLET then 1L else 0L end), 0L))
            from Cell c
            """)
    CellCount countByKind();

    @Query("select new vn.dangbo.dashboard.organisation.CellSummary(c.code, c.name, c.kind) from Cell c order by case when c.kind = vn.dangbo.dashboard.organisation.CellKind.HAMLET then 0 else 1 end, c.code")
    List<CellSummary> summaries();

    /** The cells of a code in scope: one within a commune; at a province's address two communes may share a code. */
    @Query("select new vn.dangbo.dashboard.organisation.CellSummary(c.code, c.name, c.kind) from Cell c where c.code = :code")
    List<CellSummary> summariesOf(@org.springframework.data.repository.query.Param("code") String code);
}
