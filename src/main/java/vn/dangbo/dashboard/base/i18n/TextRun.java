package vn.dangbo.dashboard.base.i18n;

/** A stretch of a formatted message: literal text of the template, or what one of its parameters became. */
public record TextRun(String text, int argument) {
    /** The argument of a run that is the template's own words. */
    public static final int LITERAL = -1;

    public boolean literal() {
        return argument == LITERAL;
    }
}
