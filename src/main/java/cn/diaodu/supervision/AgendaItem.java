package cn.diaodu.supervision;

import java.math.BigDecimal;
import java.util.List;

/** One project on a meeting's agenda, with why it is there ({@code sources}: RED, PROBLEM, ADDED). */
public record AgendaItem(long projectId, String code, String name, long leadUnitId, String leadUnitName,
        String warning, BigDecimal completionRate, BigDecimal gap, List<String> reasons, List<String> sources) {
}
