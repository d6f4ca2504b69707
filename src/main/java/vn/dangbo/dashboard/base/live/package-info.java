@NullMarked
package vn.dangbo.dashboard.base.live;

import org.jspecify.annotations.NullMarked;
