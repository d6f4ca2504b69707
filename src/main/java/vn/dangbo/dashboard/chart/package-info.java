@NullMarked
package vn.dangbo.dashboard.chart;

import org.jspecify.annotations.NullMarked;
