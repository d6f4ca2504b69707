@NullMarked
package vn.dangbo.dashboard.statistics.ui;

import org.jspecify.annotations.NullMarked;
