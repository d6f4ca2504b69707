package vn.dangbo.dashboard.recruitment;

/** Direct (production) workers admitted from hamlet cells, and in how many of the hamlet cells. */
public record DirectWorkerAdmissions(long admitted, long hamletCellsAdmitting, long hamletCells) {
}
