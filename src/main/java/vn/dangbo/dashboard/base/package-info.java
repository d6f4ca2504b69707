@NullMarked
package vn.dangbo.dashboard.base;

import org.jspecify.annotations.NullMarked;
