@NullMarked
package vn.dangbo.dashboard.meetings;

import org.jspecify.annotations.NullMarked;
