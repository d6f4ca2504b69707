@NullMarked
package vn.dangbo.dashboard.attention.ui;

import org.jspecify.annotations.NullMarked;
