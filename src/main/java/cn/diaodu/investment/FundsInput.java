package cn.diaodu.investment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code POST /api/investments/{id}/funds}: funds in place (资金到位) on a date, in 万元. */
public record FundsInput(LocalDate date, BigDecimal amount) {
}
