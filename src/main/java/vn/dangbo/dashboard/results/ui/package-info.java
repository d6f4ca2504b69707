@NullMarked
package vn.dangbo.dashboard.results.ui;

import org.jspecify.annotations.NullMarked;
