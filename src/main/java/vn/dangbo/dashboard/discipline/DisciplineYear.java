package vn.dangbo.dashboard.discipline;

/** How many decisions of one form were taken in a year. */
public record DisciplineYear(int year, DisciplineForm form, long count) {
}
