@NullMarked
package vn.dangbo.dashboard.transfer;

import org.jspecify.annotations.NullMarked;
