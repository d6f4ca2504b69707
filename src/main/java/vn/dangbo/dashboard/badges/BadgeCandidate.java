package vn.dangbo.dashboard.badges;

import java.time.LocalDate;

/** A current member as the due list needs them, with one badge they hold (null: none); a row per badge held. */
record BadgeCandidate(Long memberId, String code, String fullName, int birthYear, String cellCode, String cellName,
                      LocalDate admitted, Integer held) {
}
