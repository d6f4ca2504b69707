@NullMarked
package vn.dangbo.dashboard.training.ui;

import org.jspecify.annotations.NullMarked;
