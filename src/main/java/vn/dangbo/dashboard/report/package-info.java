@NullMarked
package vn.dangbo.dashboard.report;

import org.jspecify.annotations.NullMarked;
