@NullMarked
package vn.dangbo.dashboard.discipline;

import org.jspecify.annotations.NullMarked;
