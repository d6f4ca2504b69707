package vn.dangbo.dashboard.province;

import vn.dangbo.dashboard.organisation.CommitteeNode;
import vn.dangbo.dashboard.ratings.RatingDistribution;

/**
 * One commune's figures beside the others': its current members, a year's member and cell ratings, the term's
 * admissions against its target, and the year's regular meeting attendance; a merged commune says how many former
 * communes it was formed from.
 */
public record CommuneFigures(CommitteeNode commune, int formerCommunes, long members, RatingDistribution memberRatings,
                             RatingDistribution cellRatings, boolean quotaBreached, long admitted, long admissionTarget,
                             long meetingPresent, long meetingRequired) {

    /** Admitted of the target, 0 without a target. */
    public double admissionShare() {
        return admissionTarget == 0 ? 0 : (double) admitted / admissionTarget;
    }

    /** Present of required at regular meetings, 0 without meetings. */
    public double attendance() {
        return meetingRequired == 0 ? 0 : (double) meetingPresent / meetingRequired;
    }

    /** Members rated good or above, of those rated (0 when none rated). */
    public double goodOrAboveOfRated() {
        return memberRatings.rated() == 0 ? 0 : memberRatings.shareOfRated(memberRatings.goodOrAbove());
    }
}
