package vn.dangbo.dashboard.organisation;

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
}
