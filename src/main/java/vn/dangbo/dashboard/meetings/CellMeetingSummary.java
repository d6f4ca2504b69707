package vn.dangbo.dashboard.meetings;

/** A cell's meetings in a year: regular and thematic meetings held, and attendance at the regular ones. */
public record CellMeetingSummary(String cellCode, long regularHeld, long thematicHeld, long present, long required) {

    public double attendance() {
        return required == 0 ? 0 : (double) present / required;
    }
}
