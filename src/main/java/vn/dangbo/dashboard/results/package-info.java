@NullMarked
package vn.dangbo.dashboard.results;

import org.jspecify.annotations.NullMarked;
