/**
 * Onboarding a city from Excel (issue 12 point 0, CONTRACT §11): templates and imports of the year's project list,
 * the units, the leaders and the users; the GB/T 2260 region tree of a province; the year's rollover (续建). It reads
 * sheets with {@code common.XlsxSheetReader} and writes only through the public services of {@code organisation},
 * {@code identity} and {@code project}, in one transaction per import; {@code reporting} gives the completed amounts
 * of a year for the rollover; the list's 前期手续 columns are written through {@code procedure}'s service.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "project", "organisation", "identity", "reporting", "procedure", "common" })
package cn.diaodu.onboarding;
