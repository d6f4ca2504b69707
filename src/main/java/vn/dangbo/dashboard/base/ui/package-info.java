@NullMarked
package vn.dangbo.dashboard.base.ui;

import org.jspecify.annotations.NullMarked;
