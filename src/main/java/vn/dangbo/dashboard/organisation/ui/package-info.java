@NullMarked
package vn.dangbo.dashboard.organisation.ui;

import org.jspecify.annotations.NullMarked;
