package vn.dangbo.dashboard.base.live;

/**
 * Published by a service, inside its transaction, when it changed data that dashboards show: what changed, in a
 * word, and the details the audit log keeps.
 */
public record DataChanged(String what, String details) {
}
