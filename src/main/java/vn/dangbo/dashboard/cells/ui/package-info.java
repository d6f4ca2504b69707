@NullMarked
package vn.dangbo.dashboard.cells.ui;

import org.jspecify.annotations.NullMarked;
