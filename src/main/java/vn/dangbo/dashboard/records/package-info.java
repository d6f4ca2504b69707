@NullMarked
package vn.dangbo.dashboard.records;

import org.jspecify.annotations.NullMarked;
