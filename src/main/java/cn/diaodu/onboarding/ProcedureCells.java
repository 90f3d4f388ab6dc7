package cn.diaodu.onboarding;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.diaodu.procedure.ProcedureInput;
import cn.diaodu.procedure.ProcedureKind;
import cn.diaodu.procedure.ProcedureStatus;

/**
 * The preliminary procedures of a row of the project list (前期手续, CONTRACT §11): one column per kind of the
 * catalogue, "前期手续：环评", whose cell is a status and, after it, a date — "已办结 2026-03-15" (the approval date),
 * "办理中 2026-06-30" or "未办理 2026-06-30" (the planned date), "无需办理" — or a date alone (done on that day).
 * An empty cell records nothing (the kind stays 未办理).
 */
final class ProcedureCells {
    private static final Map<String, ProcedureStatus> WORDS = words();

    private ProcedureCells() {
    }

    static String key(ProcedureKind kind) {
        return "procedure-" + kind.code();
    }

    /** Adds a column per kind to the list's columns. */
    static Headers columns(Headers h, List<ProcedureKind> kinds) {
        for (ProcedureKind k : kinds) {
            h.add(key(k), "前期手续：" + k.nameZh(), "procedures." + k.code(), false, k.nameZh());
        }
        return h;
    }

    /** The row's procedures by kind code, each bad cell added to {@code errors}. */
    static Map<String, ProcedureInput> read(ImportSheet.Line l, List<ProcedureKind> kinds, RowErrors errors) {
        Map<String, ProcedureInput> out = new LinkedHashMap<>();
        for (ProcedureKind k : kinds) {
            String text = Cells.text(l.cell(key(k)));
            if (text.isEmpty()) {
                continue;
            }
            String[] parts = text.replace('，', ' ').replace(',', ' ').replace('：', ' ').replace(':', ' ')
                    .trim().split("\\s+");
            LocalDate alone = parts.length == 1 ? Cells.dateOf(parts[0]) : null;
            ProcedureStatus status = alone != null ? ProcedureStatus.DONE
                    : WORDS.get(parts[0].toUpperCase(Locale.ROOT));
            LocalDate date = alone != null ? alone : parts.length > 1 ? Cells.dateOf(parts[1]) : null;
            if (status == null || parts.length > 2 || (parts.length == 2 && date == null)) {
                errors.add(l.row(), key(k), "onboarding.error.procedure-cell", text);
            } else if (status == ProcedureStatus.DONE && date == null) {
                errors.add(l.row(), key(k), "onboarding.error.procedure-done-date");
            } else if (status == ProcedureStatus.NOT_NEEDED && date != null) {
                errors.add(l.row(), key(k), "onboarding.error.procedure-cell", text);
            } else {
                boolean done = status == ProcedureStatus.DONE;
                out.put(k.code(), new ProcedureInput(status.name(), done ? null : date, null, done ? date : null,
                        null, null, null));
            }
        }
        return out;
    }

    private static Map<String, ProcedureStatus> words() {
        Map<String, ProcedureStatus> m = new java.util.HashMap<>();
        for (String w : new String[] { "已办结", "办结", "已完成", "完成", "已批复", "已取得", "已办理" }) {
            m.put(w, ProcedureStatus.DONE);
        }
        for (String w : new String[] { "办理中", "在办", "正在办理", "已申报" }) {
            m.put(w, ProcedureStatus.IN_PROGRESS);
        }
        for (String w : new String[] { "未办理", "未办", "未启动", "未开始" }) {
            m.put(w, ProcedureStatus.PENDING);
        }
        for (String w : new String[] { "无需办理", "不需办理", "不涉及", "无需" }) {
            m.put(w, ProcedureStatus.NOT_NEEDED);
        }
        for (ProcedureStatus s : ProcedureStatus.values()) {
            m.put(s.name(), s);
        }
        return Map.copyOf(m);
    }
}
