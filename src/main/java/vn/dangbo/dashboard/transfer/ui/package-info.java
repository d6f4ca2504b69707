@NullMarked
package vn.dangbo.dashboard.transfer.ui;

import org.jspecify.annotations.NullMarked;
