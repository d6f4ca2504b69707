package vn.dangbo.dashboard.cells.ui;

import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.organisation.CellKind;
import vn.dangbo.dashboard.ratings.RatingLevel;

/** One line of the cells table: a cell and its figures for the selected year and term. */
record CellRow(String code, String name, @Nullable CellKind kind, long members, @Nullable RatingLevel rating, @Nullable RatingLevel previousRating,
               double attendance, long regularMeetings, long thematicMeetings, long admissions) {
}
