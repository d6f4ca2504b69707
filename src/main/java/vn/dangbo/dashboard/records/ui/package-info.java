@NullMarked
package vn.dangbo.dashboard.records.ui;

import org.jspecify.annotations.NullMarked;
