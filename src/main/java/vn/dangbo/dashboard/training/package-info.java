@NullMarked
package vn.dangbo.dashboard.training;

import org.jspecify.annotations.NullMarked;
