package vn.dangbo.dashboard.base.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Party member records are not public: every view needs a signed-in user with a role that allows it. Only the login
 * page and its stylesheet are open, and the one-time sign-in of the server's own browser printing a PDF
 * ({@link PrintSignIn}: a token from this machine only). There is no H2 console and no management endpoint. Without a web server (the
 * command-line import) there are no requests to secure, and none of this is set up.
 *
 * <p>CSRF: Vaadin exempts its login page from CSRF protection; here the sign-in form is protected too (the form
 * sends the token Vaadin puts in the page), and only Vaadin's own requests, which carry Vaadin's token, are exempt. Headers: a Content-Security-Policy on every response (the page's own, with a nonce, from
 * {@link ContentSecurityPolicy}), no framing, no sniffing, the address not sent to other sites.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests, SignInThrottle throttle,
                                            PrintSignIn printSignIn) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles.css", "/icons/favicon.svg").permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // Written when the request starts: Vaadin writes its page itself, and a header decided later went missing.
        http.headers(headers -> {
            headers.addObjectPostProcessor(new EagerHeaders());
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurityPolicy.FOR_OTHER_RESPONSES))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                    .frameOptions(frames -> frames.deny());
        });
        http.addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
        // The server's own browser, printing a page to PDF for the person who asked (PrintSignIn).
        http.addFilterBefore(printSignIn.filter(), UsernamePasswordAuthenticationFilter.class);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false)).build();
    }

    /** Makes Spring Security write its headers as the request starts rather than when the response is committed. */
    private static final class EagerHeaders implements ObjectPostProcessor<HeaderWriterFilter> {
        @Override
        public <O extends HeaderWriterFilter> O postProcess(O filter) {
            filter.setShouldWriteHeadersEagerly(true);
            return filter;
        }
    }
}
