@NullMarked
package vn.dangbo.dashboard.base.db;

import org.jspecify.annotations.NullMarked;
