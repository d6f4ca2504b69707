@NullMarked
package vn.dangbo.dashboard.badges.ui;

import org.jspecify.annotations.NullMarked;
