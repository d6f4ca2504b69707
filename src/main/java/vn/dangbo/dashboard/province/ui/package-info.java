@NullMarked
package vn.dangbo.dashboard.province.ui;

import org.jspecify.annotations.NullMarked;
