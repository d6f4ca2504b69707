@NullMarked
package vn.dangbo.dashboard.overview.ui;

import org.jspecify.annotations.NullMarked;
