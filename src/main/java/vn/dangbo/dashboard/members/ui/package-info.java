@NullMarked
package vn.dangbo.dashboard.members.ui;

import org.jspecify.annotations.NullMarked;
