@NullMarked
package vn.dangbo.dashboard.users;

import org.jspecify.annotations.NullMarked;
