/**
 * The demo city (演示城市): 青岚市, a fictional city under 山东省 with eight counties and districts, their towns,
 * 32 responsible units, 10 leaders, some 140 key projects of the current year with their monthly reports, and one
 * account per role (password {@code demo1234}). Seeded into an empty database on start when {@code DIAODU_DEMO} is
 * true, or unset on the embedded H2 database (CONTRACT §1); see docs/demo-city.md.
 *
 * <p>Writes only through the public services of {@code organisation}, {@code identity}, {@code project} and
 * {@code reporting}, so that the demo data obeys every rule of the API. No module depends on this one.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "organisation", "identity", "project", "audit", "notification", "reporting", "analysis", "bulletin",
        "supervision", "calendar", "problem", "procedure", "suspension", "investment", "campaign", "funds",
        "assessment", "common" })
package cn.diaodu.demo;
