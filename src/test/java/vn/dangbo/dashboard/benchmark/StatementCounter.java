package vn.dangbo.dashboard.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts what the application asks of its database, whatever asks (Hibernate, JdbcTemplate): connections taken from
 * the pool, SQL statements prepared or created on them, and the time spent in the database — running statements and
 * reading their rows (the raw time of the view's aggregates, to set the server's whole time against).
 */
final class StatementCounter {
    static final AtomicLong CONNECTIONS = new AtomicLong();
    static final AtomicLong STATEMENTS = new AtomicLong();
    static final AtomicLong DATABASE_NANOS = new AtomicLong();

    private StatementCounter() {
    }

    static void reset() {
        CONNECTIONS.set(0);
        STATEMENTS.set(0);
        DATABASE_NANOS.set(0);
    }

    @TestConfiguration
    static class Counting {
        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource ? wrap(DataSource.class, dataSource, StatementCounter::connection) : bean;
                }
            };
        }
    }

    private static Object connection(Method method, Object result, long nanos) {
        if (!method.getName().equals("getConnection")) {
            return result;
        }
        CONNECTIONS.incrementAndGet();
        return wrap(Connection.class, (Connection) result, (m, statement, n) -> switch (m.getName()) {
            case "prepareStatement" -> counted(PreparedStatement.class, (PreparedStatement) statement);
            case "prepareCall" -> counted(CallableStatement.class, (CallableStatement) statement);
            case "createStatement" -> counted(Statement.class, (Statement) statement);
            default -> statement;
        });
    }

    private static <T extends Statement> T counted(Class<T> type, T statement) {
        STATEMENTS.incrementAndGet();
        return wrap(type, statement, (method, result, nanos) -> {
            if (method.getName().startsWith("execute")) {
                DATABASE_NANOS.addAndGet(nanos);
            }
            return result instanceof ResultSet rows ? wrap(ResultSet.class, rows, (m, r, n) -> {
                if (m.getName().equals("next")) {
                    DATABASE_NANOS.addAndGet(n);
                }
                return r;
            }) : result;
        });
    }

    private interface After {
        Object apply(Method method, Object result, long nanos);
    }

    @SuppressWarnings("unchecked")
    private static <T> T wrap(Class<T> type, T target, After after) {
        InvocationHandler handler = (proxy, method, args) -> {
            long start = System.nanoTime();
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException thrown) {
                throw thrown.getCause();
            }
            return after.apply(method, result, System.nanoTime() - start);
        };
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
