package cn.diaodu.campaign;

import java.util.Map;

/** {@code PUT /api/campaigns/{id}/reports/{day}}: the unit, the values by field code, or a zero report. */
public record DailyReportInput(Long unitId, Map<String, Object> values, Boolean zero) {
}
