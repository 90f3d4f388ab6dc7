package cn.diaodu.funds;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.diaodu.common.Money;

/**
 * The figures of the funds pipeline (docs/figures.md §13) over a set of applications, as pure functions: one row per
 * stage (every stage, zeros included, each application in its current stage), the same by programme and by unit, and
 * the summary that the seeds' sentence states. Amounts in 万元 with two decimals.
 */
public final class FundFigures {
    private FundFigures() {
    }

    /** One stage: how many applications are there now, their total investment, requested and obtained funds. */
    public record StageRow(FundStage stage, long count, BigDecimal totalInvestment, BigDecimal requested,
            BigDecimal obtained) {
    }

    /**
     * One group (a programme or a unit): applications, their total investment and requested funds; how many have
     * reached 已申报 ({@link FundStage#submitted()}), how many were granted (已下达) and the funds obtained.
     */
    public record GroupRow(String key, String name, long count, BigDecimal totalInvestment, BigDecimal requested,
            long submitted, long approved, BigDecimal obtained) {
    }

    /** A count with its total investment, requested and obtained funds. */
    public record Tally(long count, BigDecimal totalInvestment, BigDecimal requested, BigDecimal obtained) {
        static Tally of(Collection<FundApplication> as) {
            BigDecimal t = BigDecimal.ZERO;
            BigDecimal r = BigDecimal.ZERO;
            BigDecimal o = BigDecimal.ZERO;
            for (FundApplication a : as) {
                t = t.add(a.totalInvestment());
                r = r.add(a.requested());
                o = o.add(FundFigures.obtained(a));
            }
            return new Tally(as.size(), Money.of(t), Money.of(r), Money.of(o));
        }
    }

    /**
     * The seeds' sentence in numbers: all (筛选梳理), submitted (已上报: reached SUBMITTED, i.e. SUBMITTED, APPROVED or
     * REJECTED), approved (已下达), ready (储备具备上报条件: READY), reserve (正在开展前期工作: RESERVE), rejected (未获批).
     */
    public record Summary(Tally all, Tally submitted, Tally approved, Tally ready, Tally reserve, Tally rejected) {
    }

    /** The funds obtained of an application: its amount once APPROVED, else 0. */
    static BigDecimal obtained(FundApplication a) {
        return a.stage() == FundStage.APPROVED && a.obtained() != null ? a.obtained() : BigDecimal.ZERO;
    }

    public static List<StageRow> byStage(Collection<FundApplication> as) {
        List<StageRow> out = new ArrayList<>();
        for (FundStage s : FundStage.values()) {
            Tally t = Tally.of(as.stream().filter(a -> a.stage() == s).toList());
            out.add(new StageRow(s, t.count(), t.totalInvestment(), t.requested(), t.obtained()));
        }
        return out;
    }

    /** By programme: every programme, in the order of {@link Programme}, zeros included. */
    public static List<GroupRow> byProgramme(Collection<FundApplication> as) {
        List<GroupRow> out = new ArrayList<>();
        for (Programme p : Programme.values()) {
            out.add(group(p.name(), p.label(), as.stream().filter(a -> a.programme() == p).toList()));
        }
        return out;
    }

    /** By responsible unit: the units with an application, the most funds obtained first, then by requested. */
    public static List<GroupRow> byUnit(Collection<FundApplication> as) {
        Map<Long, List<FundApplication>> members = new LinkedHashMap<>();
        as.forEach(a -> members.computeIfAbsent(a.responsibleUnitId(), k -> new ArrayList<>()).add(a));
        List<GroupRow> out = new ArrayList<>();
        members.forEach((id, list) -> out.add(group(String.valueOf(id), list.get(0).responsibleUnitName(), list)));
        out.sort(Comparator.comparing(GroupRow::obtained).reversed()
                .thenComparing(Comparator.comparing(GroupRow::requested).reversed())
                .thenComparing(GroupRow::name, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    private static GroupRow group(String key, String name, List<FundApplication> list) {
        Tally t = Tally.of(list);
        long submitted = list.stream().filter(a -> a.stage().submitted()).count();
        long approved = list.stream().filter(a -> a.stage() == FundStage.APPROVED).count();
        return new GroupRow(key, name, t.count(), t.totalInvestment(), t.requested(), submitted, approved,
                t.obtained());
    }

    public static Summary summary(Collection<FundApplication> as) {
        return new Summary(Tally.of(as), tally(as, a -> a.stage().submitted()),
                tally(as, a -> a.stage() == FundStage.APPROVED), tally(as, a -> a.stage() == FundStage.READY),
                tally(as, a -> a.stage() == FundStage.RESERVE), tally(as, a -> a.stage() == FundStage.REJECTED));
    }

    private static Tally tally(Collection<FundApplication> as, Function<FundApplication, Boolean> which) {
        return Tally.of(as.stream().filter(which::apply).toList());
    }

    /**
     * The arguments of the sentence (message {@code funds.sentence}), amounts in 亿元 with two decimals: all, its total;
     * submitted, its total, requested; approved, obtained; ready, its total, requested; reserve.
     */
    public static List<Object> sentenceArgs(Summary s) {
        return List.of(n(s.all()), yi(s.all().totalInvestment()), n(s.submitted()),
                yi(s.submitted().totalInvestment()), yi(s.submitted().requested()), n(s.approved()),
                yi(s.approved().obtained()), n(s.ready()), yi(s.ready().totalInvestment()),
                yi(s.ready().requested()), n(s.reserve()));
    }

    private static String n(Tally t) {
        return String.valueOf(t.count());
    }

    /** 万元 as 亿元 with two decimals, as text ("156.00"). */
    static String yi(BigDecimal wan) {
        return Money.toYi(wan, 2).toPlainString();
    }
}
