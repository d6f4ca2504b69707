@NullMarked
package vn.dangbo.dashboard.inspection;

import org.jspecify.annotations.NullMarked;
