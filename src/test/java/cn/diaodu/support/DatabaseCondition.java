package cn.diaodu.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * In the PostgreSQL run of the tests, when no server answers at 127.0.0.1:5432, the run is skipped with that reason
 * (a newcomer's machine); CI starts the server first, and {@code DIAODU_TEST_REQUIRE_PG=true} (set by .ci/run) makes its absence an
 * error instead.
 */
public class DatabaseCondition implements ExecutionCondition {
    private static Boolean reachable;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestDatabase.wantsPostgres()) {
            return ConditionEvaluationResult.enabled("H2 run");
        }
        synchronized (DatabaseCondition.class) {
            if (reachable == null) {
                reachable = TestDatabase.postgresReachable();
                if (!reachable) {
                    System.out.println("[diaodu-test] PostgreSQL not reachable at " + TestDatabase.HOST + ":"
                            + TestDatabase.PORT + ": the PostgreSQL run is skipped");
                }
            }
        }
        if (!reachable && "true".equalsIgnoreCase(System.getenv("DIAODU_TEST_REQUIRE_PG"))) {
            throw new IllegalStateException("PostgreSQL is required (DIAODU_TEST_REQUIRE_PG) but not reachable");
        }
        return reachable ? ConditionEvaluationResult.enabled("PostgreSQL reachable")
                : ConditionEvaluationResult.disabled("PostgreSQL not reachable at " + TestDatabase.HOST + ":"
                        + TestDatabase.PORT);
    }
}
