package vn.dangbo.dashboard.organisation.web;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import vn.dangbo.dashboard.organisation.CommitteeDirectory;

/**
 * What the two committee filters make of an address for the signed-in user (Spring Security's context): the request
 * attributes they set and the scope they serve it in. Lets a mocked browser session (which has no servlet filters)
 * open pages under a committee exactly as a real request would.
 */
public final class AddressedRequests {

    /** The attributes and the scope of a request to {@code /<code>/}. */
    public record Addressed(Map<String, Object> attributes, long scope) {
    }

    private AddressedRequests() {
    }

    public static Addressed under(CommitteeDirectory directory, String committeeCode) {
        String uri = "/" + committeeCode + "/";
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        request.setServletPath(uri);
        AtomicLong scope = new AtomicLong();
        Map<String, Object> attributes = new HashMap<>();
        MockFilterChain inner = new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
        }, (req, res, chain) -> {
            scope.set(vn.dangbo.dashboard.organisation.CommitteeScope.currentId());
            for (String name : new String[] {CommitteeAddressFilter.COMMITTEE, CommitteeAccessFilter.REFUSED}) {
                if (req.getAttribute(name) != null) {
                    attributes.put(name, req.getAttribute(name));
                }
            }
        });
        MockFilterChain outer = new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
        }, (req, res, chain) -> new CommitteeAccessFilter(directory).doFilter(req, res, inner));
        // A request reaches the filters before any page is current; the mocked session's page is set aside meanwhile.
        com.vaadin.flow.component.UI page = com.vaadin.flow.component.UI.getCurrent();
        com.vaadin.flow.component.UI.setCurrent(null);
        try {
            new CommitteeAddressFilter(directory).doFilter(request, new MockHttpServletResponse(), outer);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            com.vaadin.flow.component.UI.setCurrent(page);
        }
        return new Addressed(attributes, scope.get());
    }
}
