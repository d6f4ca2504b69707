package vn.dangbo.dashboard.base;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The day it is for the party office: in Vietnam, whatever the server's own zone (containers often run in UTC, seven
 * hours behind: from midnight to seven in the morning a UTC "today" is still yesterday, and a member admitted today
 * would be refused as admitted in the future).
 */
public final class Today {
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Today() {
    }

    public static LocalDate inVietnam() {
        return LocalDate.now(VIETNAM);
    }
}
