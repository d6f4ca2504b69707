@NullMarked
package vn.dangbo.dashboard.organisation.web;

import org.jspecify.annotations.NullMarked;
