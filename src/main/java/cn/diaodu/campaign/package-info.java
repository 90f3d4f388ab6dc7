/**
 * Special campaigns (专项工作, CONTRACT §15): flood control, epidemic prevention, work safety and the like. A campaign
 * names its reporting units, its daily deadline (Beijing time) and the fields of its daily form, defined by the
 * organiser without a release; every unit sends each day's figures or a zero report (零报告), late ones marked; the
 * day's summary counts who reported, who sent a zero report, who was late and who is missing, and totals the number
 * fields. Ledger items (台账: hazard points, key persons, rectification items) are worked through 发现 → 处置 → 复核 →
 * 销号 as one transition table ({@code ItemAction}). Reminders (催报) go out before the deadline to the units that
 * have not reported, as events the notification module delivers. Depends on {@code organisation}, {@code identity}
 * and {@code common}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "organisation", "identity", "common" })
package cn.diaodu.campaign;
