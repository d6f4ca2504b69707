@NullMarked
package vn.dangbo.dashboard.organisation;

import org.jspecify.annotations.NullMarked;
