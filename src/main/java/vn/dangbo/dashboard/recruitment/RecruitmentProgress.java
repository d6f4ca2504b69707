package vn.dangbo.dashboard.recruitment;

/** New members admitted against a target; the target is 0 when none was set. */
public record RecruitmentProgress(long admitted, long target) {

    public boolean hasTarget() {
        return target > 0;
    }

    /** Admitted as a share of the target, from 0 up (1.2 = 120%). */
    public double ratio() {
        return hasTarget() ? (double) admitted / target : 0;
    }
}
