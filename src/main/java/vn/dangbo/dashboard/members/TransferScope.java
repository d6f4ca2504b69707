package vn.dangbo.dashboard.members;

/**
 * Where a member transferred from or to, as form 1-BTCTW splits transfers: another province, or another commune of the
 * same province (the form's "huyện khác trong tỉnh", which after the districts were abolished on 1/7/2025 names the
 * province's other communes: docs/STATISTICS.md).
 */
public enum TransferScope {
    OTHER_PROVINCE, IN_PROVINCE
}
