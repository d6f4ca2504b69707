package vn.dangbo.dashboard.organisation;

/**
 * Where a committee stands in the tree since 1/7/2025: the province committee (Tỉnh ủy), a commune or ward committee
 * directly under it, and a partial committee (đảng bộ bộ phận) inside a commune (../shared/DOMAIN-RULES.md §1).
 */
public enum OrganisationLevel {
    PROVINCE, COMMUNE, PARTIAL
}
