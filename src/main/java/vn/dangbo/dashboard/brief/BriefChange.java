package vn.dangbo.dashboard.brief;

import vn.dangbo.dashboard.base.i18n.Message;

/**
 * One figure of the brief and its change from the previous comparable period: what it is, its value now and then,
 * what it is compared with, and which way is better ({@code 1}: a rise, {@code -1}: a fall, {@code 0}: neither).
 */
public record BriefChange(Message figure, long now, long before, Message comparedWith, int better) {

    public long difference() {
        return now - before;
    }
}
