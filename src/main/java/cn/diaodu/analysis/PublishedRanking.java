package cn.diaodu.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import cn.diaodu.identity.CurrentUser;

/**
 * The extension point of the 大屏's latest published ranking (考核排名): the assessment module implements it as a
 * bean, so that the analysis module does not depend on it (the assessment reads the analysis' summary). Without such
 * a bean the screen shows no ranking.
 */
public interface PublishedRanking {

    /** The latest published round taken at {@code regionCode} that the user reads, or empty. */
    Optional<Ranking> latest(CurrentUser user, String regionCode);

    /** A published round's name and its lines in rank order. */
    record Ranking(String name, List<Line> lines) {
    }

    /** One subject of the ranking. */
    record Line(int rank, String name, BigDecimal total, boolean vetoed) {
    }

    /** The default: no ranking. */
    PublishedRanking NONE = (user, regionCode) -> Optional.empty();
}
