package cn.diaodu.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import cn.diaodu.organisation.Region;
import cn.diaodu.organisation.RegionLevel;

/** The overview sentence of the bulletin (CONTRACT §8), worded as the project office words it. */
class BulletinTextTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void behindTheSchedule() {
        // 1—7月: 141 projects, 2 082 400.00 万元 = 208.24 亿元 → 208.2; 68.04 % → 68.0; gap −13.06 → 13.1; 85.82 → 85.8
        assertThat(BulletinText.overview(7, "全市", 141, d("2082400.00"), d("68.04"), d("-13.06"), 121, d("85.82")))
                .isEqualTo("1—7月，全市141个重点项目累计完成投资208.2亿元，占年度计划的68.0%，低于序时进度13.1个百分点；"
                        + "已开工121个，开工率85.8%。");
    }

    @Test
    void aheadOfTheSchedule() {
        // the seeds' sentence: 1—5月 186 projects, 312.4 亿元, 43.9 %, 2.2 points ahead, 171 started, 91.9 %
        assertThat(BulletinText.overview(5, "全市", 186, d("3124000"), d("43.87"), d("2.20"), 171, d("91.94")))
                .isEqualTo("1—5月，全市186个重点项目累计完成投资312.4亿元，占年度计划的43.9%，高于序时进度2.2个百分点；"
                        + "已开工171个，开工率91.9%。");
    }

    @Test
    void levelWithTheScheduleWhenTheGapRoundsToZero() {
        // level still states the gap in percentage points with one decimal (CONTRACT §8)
        assertThat(BulletinText.overview(6, "全县", 12, d("50000"), d("50.04"), d("0.04"), 12, d("100.00")))
                .isEqualTo("1—6月，全县12个重点项目累计完成投资5.0亿元，占年度计划的50.0%，与序时进度持平（相差0.0个百分点）；"
                        + "已开工12个，开工率100.0%。");
        assertThat(BulletinText.overview(6, "全县", 12, d("50000"), d("49.96"), d("-0.04"), 12, d("100.00")))
                .isEqualTo("1—6月，全县12个重点项目累计完成投资5.0亿元，占年度计划的50.0%，与序时进度持平（相差0.0个百分点）；"
                        + "已开工12个，开工率100.0%。");
        assertThat(BulletinText.gapPhrase(d("-0.04"))).isEqualTo("与序时进度持平（相差0.0个百分点）");
        assertThat(BulletinText.gapPhrase(d("0.04"))).isEqualTo("与序时进度持平（相差0.0个百分点）");
        assertThat(BulletinText.gapPhrase(d("0.00"))).isEqualTo("与序时进度持平（相差0.0个百分点）");
        assertThat(BulletinText.gapPhrase(d("0"))).isEqualTo("与序时进度持平（相差0.0个百分点）");
        assertThat(BulletinText.gapPhrase(d("-0.0"))).isEqualTo("与序时进度持平（相差0.0个百分点）");
        // the exact gap, not the API's two decimals: −0.0495 is level (rounded twice it would read 0.1 behind)
        assertThat(BulletinText.gapPhrase(d("-0.0495"))).isEqualTo("与序时进度持平（相差0.0个百分点）");
        assertThat(BulletinText.gapPhrase(d("-0.049999999"))).isEqualTo("与序时进度持平（相差0.0个百分点）");
        assertThat(BulletinText.gapPhrase(d("0.049999999"))).isEqualTo("与序时进度持平（相差0.0个百分点）");
        // −0.05 is no longer level: half-up gives −0.1
        assertThat(BulletinText.gapPhrase(d("-0.05"))).isEqualTo("低于序时进度0.1个百分点");
        assertThat(BulletinText.gapPhrase(d("0.05"))).isEqualTo("高于序时进度0.1个百分点");
        assertThat(BulletinText.overview(6, "全县", 12, d("50000"), d("49.95"), d("-0.05"), 12, d("100.00")))
                .isEqualTo("1—6月，全县12个重点项目累计完成投资5.0亿元，占年度计划的50.0%，低于序时进度0.1个百分点；"
                        + "已开工12个，开工率100.0%。");
    }

    @Test
    void theWordsFollowTheRoundedGapSoThatWordsAndNumberAgree() {
        // every gap from −0.20 to 0.20 in steps of 0.001: 持平 exactly when the stated number is 0.0
        for (int i = -200; i <= 200; i++) {
            BigDecimal gap = BigDecimal.valueOf(i, 3);
            String phrase = BulletinText.gapPhrase(gap);
            BigDecimal stated = gap.setScale(1, java.math.RoundingMode.HALF_UP);
            if (stated.signum() == 0) {
                assertThat(phrase).as("%s", gap).isEqualTo("与序时进度持平（相差0.0个百分点）");
            } else {
                assertThat(phrase).as("%s", gap).isEqualTo((stated.signum() > 0 ? "高于" : "低于") + "序时进度"
                        + stated.abs().toPlainString() + "个百分点");
            }
        }
    }

    @Test
    void januaryIsOneMonthNotASpan() {
        assertThat(BulletinText.span(1)).isEqualTo("1月");
        assertThat(BulletinText.span(2)).isEqualTo("1—2月");
        assertThat(BulletinText.span(12)).isEqualTo("1—12月");
        assertThat(BulletinText.overview(1, "全区", 3, d("1500"), d("5.00"), d("-3.33"), 1, d("33.33")))
                .isEqualTo("1月，全区3个重点项目累计完成投资0.2亿元，占年度计划的5.0%，低于序时进度3.3个百分点；"
                        + "已开工1个，开工率33.3%。");
    }

    @Test
    void roundsToOneDecimalHalfUp() {
        // 亿元: 万元 / 10 000, one decimal, half-up
        assertThat(BulletinText.yi1(d("2082500.00"))).isEqualTo("208.3");
        assertThat(BulletinText.yi1(d("2082499.99"))).isEqualTo("208.2");
        assertThat(BulletinText.yi1(d("0"))).isEqualTo("0.0");
        assertThat(BulletinText.yi1(d("499.99"))).isEqualTo("0.0");
        assertThat(BulletinText.yi1(d("500.00"))).isEqualTo("0.1");
        // percentages and gaps: one decimal, half-up (away from zero on a tie)
        assertThat(BulletinText.pct1(d("43.95"))).isEqualTo("44.0");
        assertThat(BulletinText.pct1(d("43.94"))).isEqualTo("43.9");
        assertThat(BulletinText.pct1(d("66.67"))).isEqualTo("66.7");
        assertThat(BulletinText.gapPhrase(d("-13.05"))).isEqualTo("低于序时进度13.1个百分点");
        assertThat(BulletinText.gapPhrase(d("-13.04"))).isEqualTo("低于序时进度13.0个百分点");
        assertThat(BulletinText.gapPhrase(d("2.25"))).isEqualTo("高于序时进度2.3个百分点");
    }

    @Test
    void noProjects() {
        assertThat(BulletinText.overview(7, "全市", 0, d("0"), d("0"), d("0"), 0, d("0")))
                .isEqualTo("1—7月，全市暂无纳入调度的重点项目。");
    }

    @Test
    void subjectFollowsTheRootRegion() {
        assertThat(BulletinText.subject(null)).isEqualTo("全市");
        assertThat(BulletinText.subject(new Region("370100", "青岚市", RegionLevel.CITY, "370000"))).isEqualTo("全市");
        assertThat(BulletinText.subject(new Region("370102", "临河县", RegionLevel.COUNTY, "370100"))).isEqualTo("全县");
        assertThat(BulletinText.subject(new Region("370103", "东城区", RegionLevel.COUNTY, "370100"))).isEqualTo("全区");
        assertThat(BulletinText.subject(new Region("370000", "山东省", RegionLevel.PROVINCE, null))).isEqualTo("全省");
    }

    @Test
    void dateOfIssueInChinese() {
        assertThat(BulletinText.date(java.time.LocalDate.of(2024, 7, 15))).isEqualTo("2024年7月15日");
        assertThat(BulletinText.date(java.time.LocalDate.of(2024, 10, 1))).isEqualTo("2024年10月1日");
    }
}
