@NullMarked
package vn.dangbo.dashboard.recruitment.ui;

import org.jspecify.annotations.NullMarked;
