/**
 * Organisation: the region tree (GB/T 2260 codes, province to village), the responsible units (责任单位) and the
 * leaders (包抓领导). Depends only on {@code common}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "common" })
package cn.diaodu.organisation;
