package vn.dangbo.dashboard.base.ui;

import com.vaadin.flow.server.VaadinServlet;

/**
 * The address of a page under a committee: {@code /<code>/<path>}. Followed as a whole page load, never a navigation
 * inside the open page, since a page's committee is fixed when it opens.
 */
public final class CommitteeAddress {

    private CommitteeAddress() {
    }

    /** The deployment's first page, under no committee. */
    public static String root() {
        return context() + "/";
    }

    /** @param path the view's path and query without a leading slash; "" for the committee's overview */
    public static String of(String committeeCode, String path) {
        return context() + "/" + committeeCode + "/" + path;
    }

    private static String context() {
        VaadinServlet servlet = VaadinServlet.getCurrent();
        return servlet == null ? "" : servlet.getServletContext().getContextPath();
    }
}
