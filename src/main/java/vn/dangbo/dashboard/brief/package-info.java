@NullMarked
package vn.dangbo.dashboard.brief;

import org.jspecify.annotations.NullMarked;
