@NullMarked
package vn.dangbo.dashboard.presentation;

import org.jspecify.annotations.NullMarked;
