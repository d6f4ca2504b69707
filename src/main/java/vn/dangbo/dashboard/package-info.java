@NullMarked
package vn.dangbo.dashboard;

import org.jspecify.annotations.NullMarked;
