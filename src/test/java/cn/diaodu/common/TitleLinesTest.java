package cn.diaodu.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Titles are broken at sense boundaries, never inside a word or number, into lines that fit. */
class TitleLinesTest {

    @Test
    void aShortTitleStaysOnOneLine() {
        assertThat(TitleLines.split("2026年11月重点项目通报")).containsExactly("2026年11月重点项目通报");
    }

    @Test
    void breaksAfterGuanyuAndBeforeTheKindOfDocument() {
        assertThat(TitleLines.split("青岚市重点项目建设领导小组办公室关于督办事项逾期未办结的预警通知"))
                .containsExactly("青岚市重点项目建设领导小组办公室", "关于督办事项逾期未办结的预警通知");
        assertThat(TitleLines.split("关于青岚市2026年第四季度重点项目集中开工和续建项目推进情况的通报"))
                .containsExactly("关于青岚市2026年第四季度", "重点项目集中开工和续建项目推进情况的通报");
    }

    @Test
    void breaksAfterTheDateOfABulletin() {
        assertThat(TitleLines.split("2026年1—11月青岚高新区重点项目建设情况通报"))
                .containsExactly("2026年1—11月", "青岚高新区重点项目建设情况通报");
    }

    @Test
    void breaksAtEnumerationCommaAndBeforeJi() {
        assertThat(TitleLines.split("关于加快推进重点项目土地征收、规划审批及施工许可办理工作的通知"))
                .containsExactly("关于加快推进重点项目土地征收、", "规划审批及施工许可办理工作的通知");
        assertThat(TitleLines.split("市发展改革委、自然资源和规划局及住房城乡建设局联合督查情况的通报"))
                .containsExactly("市发展改革委、自然资源和规划局", "及住房城乡建设局联合督查情况的通报");
    }

    @Test
    void everyLineFitsAndNothingIsLost() {
        String t = "关于2026年度青岚市重点项目建设领导小组第十一次调度会议议定事项落实情况、存在问题及下一步工作安排的通报";
        var lines = TitleLines.split(t);
        assertThat(lines).hasSizeGreaterThan(1).allSatisfy(l -> assertThat(l.length()).isBetween(2, 20));
        assertThat(String.join("", lines)).isEqualTo(t);
    }

    @Test
    void withoutABoundaryANumberOrLatinWordIsNotCut() {
        var lines = TitleLines.split("青岚市重点项目调度系统ABCDEFGHIJ12345678", 20);
        assertThat(String.join("", lines)).isEqualTo("青岚市重点项目调度系统ABCDEFGHIJ12345678");
        assertThat(lines.get(0)).isEqualTo("青岚市重点项目调度系统");
    }
}
