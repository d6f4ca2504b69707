@NullMarked
package vn.dangbo.dashboard.audit.ui;

import org.jspecify.annotations.NullMarked;
