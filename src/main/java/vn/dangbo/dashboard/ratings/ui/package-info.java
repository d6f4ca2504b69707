@NullMarked
package vn.dangbo.dashboard.ratings.ui;

import org.jspecify.annotations.NullMarked;
