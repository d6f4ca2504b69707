@NullMarked
package vn.dangbo.dashboard.brief.ui;

import org.jspecify.annotations.NullMarked;
