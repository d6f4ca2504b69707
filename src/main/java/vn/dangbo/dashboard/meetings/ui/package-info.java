@NullMarked
package vn.dangbo.dashboard.meetings.ui;

import org.jspecify.annotations.NullMarked;
