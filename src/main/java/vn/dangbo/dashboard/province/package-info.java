@NullMarked
package vn.dangbo.dashboard.province;

import org.jspecify.annotations.NullMarked;
