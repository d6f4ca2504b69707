package vn.dangbo.dashboard.organisation.web;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import vn.dangbo.dashboard.organisation.CommitteeDirectory;

/** The committee in the address: read before security (the address), scoped after it (the grant). */
@Configuration
@ConditionalOnWebApplication
class CommitteeWebConfiguration {

    @Bean
    FilterRegistrationBean<CommitteeAddressFilter> committeeAddressFilter(CommitteeDirectory directory) {
        FilterRegistrationBean<CommitteeAddressFilter> registration =
                new FilterRegistrationBean<>(new CommitteeAddressFilter(directory));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }

    @Bean
    FilterRegistrationBean<CommitteeAccessFilter> committeeAccessFilter(CommitteeDirectory directory) {
        FilterRegistrationBean<CommitteeAccessFilter> registration =
                new FilterRegistrationBean<>(new CommitteeAccessFilter(directory));
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }
}
