@NullMarked
package vn.dangbo.dashboard.audit;

import org.jspecify.annotations.NullMarked;
