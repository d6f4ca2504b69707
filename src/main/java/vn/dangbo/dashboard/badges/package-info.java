@NullMarked
package vn.dangbo.dashboard.badges;

import org.jspecify.annotations.NullMarked;
