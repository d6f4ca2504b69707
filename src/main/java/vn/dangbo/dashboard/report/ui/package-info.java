@NullMarked
package vn.dangbo.dashboard.report.ui;

import org.jspecify.annotations.NullMarked;
