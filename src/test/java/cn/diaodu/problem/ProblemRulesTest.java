package cn.diaodu.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.diaodu.support.OfficialArrangements;

/** The rules of a problem without a server: overdue, the transitions each status and level allow, file types. */
class ProblemRulesTest {

    /** The day {@code n} working days before {@code due}: a problem assigned then is due on {@code due}. */
    private static LocalDate assignedFor(LocalDate due, int n) {
        LocalDate d = due.minusDays(1);
        while (!OfficialArrangements.addWorkingDays(d, n).equals(due)) {
            d = d.minusDays(1);
        }
        return d;
    }

    @Test
    void overdueIsTheDayAfterTheDueDateForOpenProblemsOnly() {
        LocalDate today = LocalDate.parse("2024-10-08");
        // due on the working day before, today and tomorrow by the working-day rule, counted backwards over
        // National Day (a due date is always a working day: the one before 10-08 is 09-30)
        LocalDate previous = today.minusDays(1);
        while (!OfficialArrangements.isWorkingDay(previous)) {
            previous = previous.minusDays(1);
        }
        assertThat(previous).isEqualTo(LocalDate.parse("2024-09-30"));
        LocalDate dueYesterday = OfficialArrangements.addWorkingDays(assignedFor(previous, 3), 3);
        LocalDate dueToday = OfficialArrangements.addWorkingDays(assignedFor(today, 3), 3);
        LocalDate dueTomorrow = OfficialArrangements.addWorkingDays(assignedFor(today.plusDays(1), 3), 3);
        assertThat(assignedFor(today, 3)).as("assigned on Saturday 09-28: 09-29 (worked), 09-30, 10-08")
                .isEqualTo(LocalDate.parse("2024-09-28"));
        assertThat(dueToday).isEqualTo(today);
        for (ProblemStatus s : ProblemStatus.values()) {
            boolean open = s == ProblemStatus.ASSIGNED || s == ProblemStatus.ACCEPTED;
            assertThat(Problem.isOverdue(s, dueYesterday, today)).as("%s due 09-30", s).isEqualTo(open);
            assertThat(Problem.isOverdue(s, dueToday, today.plusDays(1))).as("%s the day after", s).isEqualTo(open);
            assertThat(Problem.isOverdue(s, dueToday, today)).as("%s due today", s).isFalse();
            assertThat(Problem.isOverdue(s, dueTomorrow, today)).as("%s due tomorrow", s).isFalse();
        }
    }

    private static Set<ProblemAction> allowed(ProblemStatus s, ProblemLevel l) {
        Set<ProblemAction> out = EnumSet.noneOf(ProblemAction.class);
        for (ProblemAction a : ProblemAction.values()) {
            if (ProblemService.stateAllows(a, s, l)) {
                out.add(a);
            }
        }
        return out;
    }

    @Test
    void whatEachStatusAndLevelAllows() {
        assertThat(allowed(ProblemStatus.ASSIGNED, ProblemLevel.UNIT)).containsExactlyInAnyOrder(ProblemAction.ACCEPT,
                ProblemAction.FEEDBACK, ProblemAction.RESOLVE, ProblemAction.ESCALATE, ProblemAction.ASSIGN,
                ProblemAction.REMIND);
        assertThat(allowed(ProblemStatus.ACCEPTED, ProblemLevel.LEADER)).containsExactlyInAnyOrder(
                ProblemAction.FEEDBACK, ProblemAction.RESOLVE, ProblemAction.ESCALATE, ProblemAction.ASSIGN,
                ProblemAction.REMIND);
        assertThat(allowed(ProblemStatus.ACCEPTED, ProblemLevel.GOVERNMENT)).doesNotContain(ProblemAction.ESCALATE);
        assertThat(allowed(ProblemStatus.RESOLVED, ProblemLevel.UNIT)).containsExactlyInAnyOrder(ProblemAction.VERIFY,
                ProblemAction.REOPEN);
        assertThat(allowed(ProblemStatus.CLOSED, ProblemLevel.GOVERNMENT)).containsExactly(ProblemAction.REOPEN);
        assertThat(ProblemLevel.UNIT.next()).isEqualTo(ProblemLevel.LEADER);
        assertThat(ProblemLevel.LEADER.next()).isEqualTo(ProblemLevel.GOVERNMENT);
        assertThat(ProblemLevel.GOVERNMENT.next()).isNull();
    }

    @Test
    void fileTypesByExtensionAndContent() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2};
        byte[] pdf = "%PDF-1.7".getBytes(StandardCharsets.US_ASCII);
        assertThat(cn.diaodu.common.Uploads.extension("现场.PNG")).isEqualTo("png");
        assertThat(cn.diaodu.common.Uploads.allowedExtension("png")).isTrue();
        assertThat(cn.diaodu.common.Uploads.allowedExtension("gif")).isFalse();
        assertThat(cn.diaodu.common.Uploads.allowedExtension("doc")).isFalse();
        assertThat(cn.diaodu.common.Uploads.contentMatches("png", png)).isTrue();
        assertThat(cn.diaodu.common.Uploads.contentMatches("pdf", png)).isFalse();
        assertThat(cn.diaodu.common.Uploads.contentMatches("pdf", pdf)).isTrue();
        assertThat(cn.diaodu.common.Uploads.contentMatches("jpg", new byte[] {(byte) 0xFF})).isFalse();
        assertThat(cn.diaodu.common.Uploads.cleanName("C:\\Users\\张三\\现场.png")).isEqualTo("现场.png");
        assertThat(cn.diaodu.common.Uploads.cleanName("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
    }
}
