package cn.diaodu.project;

import java.math.BigDecimal;

/**
 * One line of a project's funding plan (资金筹措): a {@link FundingSource} code, the amount planned and the amount in
 * place (到位), in 万元.
 */
public record FundingLine(String source, BigDecimal planned, BigDecimal inPlace) {
}
