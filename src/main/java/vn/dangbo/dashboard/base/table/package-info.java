@NullMarked
package vn.dangbo.dashboard.base.table;

import org.jspecify.annotations.NullMarked;
