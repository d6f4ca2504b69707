package vn.dangbo.dashboard.base.live;

/** Published by a service after it changed data that dashboards show: what changed, in a word. */
public record DataChanged(String what) {
}
