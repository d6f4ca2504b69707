@NullMarked
package vn.dangbo.dashboard.base.print;

import org.jspecify.annotations.NullMarked;
