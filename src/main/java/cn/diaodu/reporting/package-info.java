/**
 * Reporting: monthly reports (月报) of the investment completed in a month, with their full history; the
 * reporter's monthly grid. Depends on {@code project}, {@code identity} and {@code organisation}.
 */
package cn.diaodu.reporting;
