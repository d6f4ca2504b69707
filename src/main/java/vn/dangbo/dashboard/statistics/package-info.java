@NullMarked
package vn.dangbo.dashboard.statistics;

import org.jspecify.annotations.NullMarked;
