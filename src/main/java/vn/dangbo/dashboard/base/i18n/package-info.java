@NullMarked
package vn.dangbo.dashboard.base.i18n;

import org.jspecify.annotations.NullMarked;
