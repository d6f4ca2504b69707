@NullMarked
package vn.dangbo.dashboard.demo;

import org.jspecify.annotations.NullMarked;
