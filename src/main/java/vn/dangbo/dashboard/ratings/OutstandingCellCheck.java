package vn.dangbo.dashboard.ratings;

/**
 * A cell rated outstanding, and whether its members allowed it: all rated members completing their tasks
 * (satisfactory or above) and at least 80% good or above.
 */
public record OutstandingCellCheck(String cellCode, String cellName, long rated, long completed, long goodOrAbove) {

    public boolean allCompleted() {
        return completed == rated;
    }

    public boolean enoughGood() {
        return goodOrAbove * 5 >= rated * 4;
    }

    public boolean satisfied() {
        return allCompleted() && enoughGood();
    }

    public double goodShare() {
        return rated == 0 ? 0 : (double) goodOrAbove / rated;
    }
}
