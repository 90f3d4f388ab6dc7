package cn.diaodu.assessment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.Db;

/** The SQL of the assessment tables (Flyway V78): rounds, indicators, scores, vetoes and the frozen results. */
@Component
class AssessmentStore {
    private static final String ROUND = "select id, name, round_year, round_month, subject_kind, region_code, "
            + "published, published_by, published_at, created_by, created_at, copied_from, version from assessment_round";

    private final JdbcClient jdbc;
    private final RuleKinds rules;

    AssessmentStore(JdbcClient jdbc, RuleKinds rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    private record RoundRow(long id, String name, int year, int month, SubjectKind kind, String region,
            boolean published, String publishedBy, OffsetDateTime publishedAt, String createdBy,
            OffsetDateTime createdAt, Long copiedFrom, int version) {
    }

    private static RoundRow row(ResultSet rs, int i) throws SQLException {
        return new RoundRow(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                SubjectKind.valueOf(rs.getString(5)), rs.getString(6), rs.getBoolean(7), rs.getString(8), at(rs, 9),
                rs.getString(10), at(rs, 11), rs.getObject(12, Long.class), rs.getInt(13));
    }

    private static OffsetDateTime at(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.atZoneSameInstant(AppClock.ZONE).toOffsetDateTime();
    }

    private Assessment of(RoundRow r, List<Indicator> indicators) {
        return new Assessment(r.id(), r.name(), r.year(), r.month(), r.kind(), r.region(), indicators, r.published(),
                r.publishedBy(), r.publishedAt(), r.createdBy(), r.createdAt(), r.copiedFrom(), r.version());
    }

    Optional<Assessment> find(long id) {
        return jdbc.sql(ROUND + " where id = ?").param(id).query(AssessmentStore::row).optional()
                .map(r -> of(r, indicators(id)));
    }

    /** Every round, newest year and month first. */
    List<Assessment> all() {
        List<RoundRow> rows = jdbc.sql(ROUND + " order by round_year desc, round_month desc, id desc")
                .query(AssessmentStore::row).list();
        Map<Long, List<Indicator>> ind = new HashMap<>();
        jdbc.sql("select round_id, code, name, weight, source, rule_json from assessment_indicator order by round_id, "
                + "position").query((rs, i) -> ind.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(indicator(rs, 2))).list();
        return rows.stream().map(r -> of(r, ind.getOrDefault(r.id(), List.of()))).toList();
    }

    private List<Indicator> indicators(long roundId) {
        return jdbc.sql("select code, name, weight, source, rule_json from assessment_indicator where round_id = ? "
                + "order by position").param(roundId).query((rs, i) -> indicator(rs, 1)).list();
    }

    private Indicator indicator(ResultSet rs, int c) throws SQLException {
        return new Indicator(rs.getString(c), rs.getString(c + 1), Scoring.plain(rs.getBigDecimal(c + 2)),
                rs.getString(c + 3), rules.parse(rs.getString(c + 4)));
    }

    long insert(String name, int year, int month, SubjectKind kind, String region, Long copiedFrom,
            List<Indicator> indicators, String by, OffsetDateTime at) {
        long id = Db.insert(jdbc.sql("insert into assessment_round(name, round_year, round_month, subject_kind, "
                + "region_code, copied_from, created_by, created_at, published, version) values (?,?,?,?,?,?,?,?,?,0)")
                .params(name, year, month, kind.name(), region, copiedFrom, by, at, false));
        int pos = 0;
        for (Indicator i : indicators) {
            jdbc.sql("insert into assessment_indicator(round_id, position, code, name, weight, source, rule_json) "
                    + "values (?,?,?,?,?,?,?)")
                    .params(id, pos++, i.code(), i.name(), i.weight(), i.source(), RuleKinds.text(i.scoring()))
                    .update();
        }
        return id;
    }

    // ---- scores --------------------------------------------------------------------------------------------

    record ScoreRow(String subject, String indicator, String assessor, String assessorName, BigDecimal score,
            String note, OffsetDateTime at) {
    }

    List<ScoreRow> scores(long roundId) {
        return jdbc.sql("select subject, indicator_code, assessor, assessor_name, score, note, scored_at from "
                + "assessment_score where round_id = ? order by subject, indicator_code, id").param(roundId)
                .query((rs, i) -> new ScoreRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5), rs.getString(6), at(rs, 7)))
                .list();
    }

    /** The assessor's score for the subject and indicator (replaced) — the one before, or null. */
    void putScore(long roundId, ScoreRow s) {
        int updated = jdbc.sql("update assessment_score set score = ?, note = ?, assessor_name = ?, scored_at = ? "
                + "where round_id = ? and subject = ? and indicator_code = ? and assessor = ?")
                .params(s.score(), s.note(), s.assessorName(), s.at(), roundId, s.subject(), s.indicator(),
                        s.assessor())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into assessment_score(round_id, subject, indicator_code, assessor, assessor_name, score, "
                    + "note, scored_at) values (?,?,?,?,?,?,?,?)")
                    .params(roundId, s.subject(), s.indicator(), s.assessor(), s.assessorName(), s.score(), s.note(),
                            s.at())
                    .update();
        }
    }

    // ---- vetoes --------------------------------------------------------------------------------------------

    record VetoRow(String subject, String reason, String by, OffsetDateTime at) {
    }

    List<VetoRow> vetoes(long roundId) {
        return jdbc.sql("select subject, reason, vetoed_by, vetoed_at from assessment_veto where round_id = ? "
                + "order by id").param(roundId)
                .query((rs, i) -> new VetoRow(rs.getString(1), rs.getString(2), rs.getString(3), at(rs, 4))).list();
    }

    void insertVeto(long roundId, VetoRow v) {
        jdbc.sql("insert into assessment_veto(round_id, subject, reason, vetoed_by, vetoed_at) values (?,?,?,?,?)")
                .params(roundId, v.subject(), v.reason(), v.by(), v.at()).update();
    }

    int deleteVeto(long roundId, String subject) {
        return jdbc.sql("delete from assessment_veto where round_id = ? and subject = ?").params(roundId, subject)
                .update();
    }

    // ---- publishing ----------------------------------------------------------------------------------------

    /** Marks the round published, if it was not (the conditional write: 0 when another publish came first). */
    int markPublished(long roundId, int version, String by, OffsetDateTime at) {
        return jdbc.sql("update assessment_round set published = ?, published_by = ?, published_at = ?, "
                + "version = version + 1 where id = ? and version = ? and published = ?")
                .params(true, by, at, roundId, version, false).update();
    }

    /** Guards a write to a round: bumps its version while it is unpublished (0: published meanwhile). */
    int touch(long roundId) {
        return jdbc.sql("update assessment_round set version = version + 1 where id = ? and published = ?")
                .params(roundId, false).update();
    }

    void storeResults(long roundId, List<ResultLine> lines) {
        int pos = 0;
        for (ResultLine l : lines) {
            jdbc.sql("insert into assessment_result(round_id, subject, subject_name, position, total, vetoed, "
                    + "veto_reason, subject_rank) values (?,?,?,?,?,?,?,?)")
                    .params(roundId, l.key(), l.name(), pos++, l.total(), l.vetoed(), l.vetoReason(), l.rank())
                    .update();
            for (ResultLine.ScoreLine s : l.scores()) {
                jdbc.sql("insert into assessment_result_value(round_id, subject, indicator_code, input_value, score, "
                        + "indicator_rank) values (?,?,?,?,?,?)")
                        .params(roundId, l.key(), s.indicator(), scaled(s.exactValue()), scaled(s.exactScore()),
                                s.rank())
                        .update();
            }
        }
    }

    private static BigDecimal scaled(BigDecimal v) {
        return v == null ? null : v.setScale(10, java.math.RoundingMode.HALF_UP);
    }

    /** The frozen results, in their stored order; subject keys turned back into the summary's JSON form. */
    List<ResultLine> results(long roundId, SubjectKind kind) {
        Map<String, List<ResultLine.ScoreLine>> values = new LinkedHashMap<>();
        jdbc.sql("select v.subject, v.indicator_code, v.input_value, v.score, v.indicator_rank from "
                + "assessment_result_value v join assessment_indicator i on i.round_id = v.round_id and "
                + "i.code = v.indicator_code where v.round_id = ? order by v.subject, i.position").param(roundId)
                .query((rs, i) -> {
                    BigDecimal value = rs.getBigDecimal(3);
                    BigDecimal score = rs.getBigDecimal(4);
                    return values.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new ResultLine.ScoreLine(rs.getString(2), Scoring.shown(value), Scoring.shown(score),
                                    rs.getObject(5, Integer.class), value, score));
                }).list();
        return jdbc.sql("select subject, subject_name, total, vetoed, veto_reason, subject_rank from assessment_result "
                + "where round_id = ? order by position").param(roundId)
                .query((rs, i) -> new ResultLine(jsonKey(kind, rs.getString(1)), rs.getString(2),
                        values.getOrDefault(rs.getString(1), List.of()), rs.getBigDecimal(3).setScale(2),
                        rs.getBoolean(4), rs.getInt(6), rs.getString(5), rs.getString(1)))
                .list();
    }

    static Object jsonKey(SubjectKind kind, String key) {
        return kind == SubjectKind.UNIT ? (Object) Long.valueOf(key) : key;
    }
}
