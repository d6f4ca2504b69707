@NullMarked
package vn.dangbo.dashboard.conclusions.ui;

import org.jspecify.annotations.NullMarked;
