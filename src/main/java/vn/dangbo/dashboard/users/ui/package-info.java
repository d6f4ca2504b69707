@NullMarked
package vn.dangbo.dashboard.users.ui;

import org.jspecify.annotations.NullMarked;
