@NullMarked
package vn.dangbo.dashboard.members;

import org.jspecify.annotations.NullMarked;
