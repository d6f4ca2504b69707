@NullMarked
package vn.dangbo.dashboard.presentation.ui;

import org.jspecify.annotations.NullMarked;
