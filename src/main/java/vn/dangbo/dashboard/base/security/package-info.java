@NullMarked
package vn.dangbo.dashboard.base.security;

import org.jspecify.annotations.NullMarked;
