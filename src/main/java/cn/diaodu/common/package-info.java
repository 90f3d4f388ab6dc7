/**
 * Shared vocabulary of every module: today's date, periods, money and percent rounding, and the
 * error answers of the API (404, 403, 409, 422 with field names). Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cn.diaodu.common;
