package vn.dangbo.dashboard;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A Spring test against a database of its own holding the seed commune and the synthetic province (asked for with
 * its switch): on PostgreSQL the suite's second database, otherwise an in-memory H2 of its own, so that the seed
 * tests' database never sees the province.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "dangbo.demo-data.province=true")
@ActiveProfiles("test")
@ContextConfiguration(initializers = ProvinceDatabaseTest.OwnDatabase.class)
public @interface ProvinceDatabaseTest {

    /** Points the context at the province's own database. */
    class OwnDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String url = context.getEnvironment().getProperty("spring.datasource.url", "");
            String own = url.startsWith("jdbc:postgresql:") ? url.replace("/dangbo_test", "/dangbo_test_province")
                    : "jdbc:h2:mem:dangbo-province;DB_CLOSE_DELAY=-1";
            context.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("province-database", Map.of("spring.datasource.url", own)));
        }
    }
}
