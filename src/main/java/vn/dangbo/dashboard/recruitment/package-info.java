@NullMarked
package vn.dangbo.dashboard.recruitment;

import org.jspecify.annotations.NullMarked;
