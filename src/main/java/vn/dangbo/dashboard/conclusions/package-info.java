@NullMarked
package vn.dangbo.dashboard.conclusions;

import org.jspecify.annotations.NullMarked;
