@NullMarked
package vn.dangbo.dashboard.attention;

import org.jspecify.annotations.NullMarked;
