package cn.diaodu.assessment;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.diaodu.analysis.Summary;

/**
 * COMPLETION_RATE, GAP and START_RATE: the subject's group figures of {@code GET /api/analysis/summary} for the
 * round's year and month (CONTRACT §6), as that answer shows them. A group without projects has a rate of 0 there.
 */
@Configuration(proxyBeanMethods = false)
class SummarySources {

    @Bean
    SourceValues completionRateSource() {
        return of("COMPLETION_RATE", Summary.Group::completionRate);
    }

    @Bean
    SourceValues gapSource() {
        return of("GAP", Summary.Group::gap);
    }

    @Bean
    SourceValues startRateSource() {
        return of("START_RATE", Summary.Group::startRate);
    }

    static SourceValues of(String code, Function<Summary.Group, BigDecimal> figure) {
        return new SourceValues() {
            @Override
            public String source() {
                return code;
            }

            @Override
            public Map<String, BigDecimal> values(RoundScope scope) {
                Map<String, BigDecimal> out = new HashMap<>();
                scope.summary().groups().forEach(g -> out.put(String.valueOf(g.key()), figure.apply(g)));
                return out;
            }
        };
    }
}
