@NullMarked
package vn.dangbo.dashboard.ratings;

import org.jspecify.annotations.NullMarked;
