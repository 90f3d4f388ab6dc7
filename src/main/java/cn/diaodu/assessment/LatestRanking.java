package cn.diaodu.assessment;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.diaodu.analysis.PublishedRanking;
import cn.diaodu.identity.CurrentUser;

/** The 大屏's latest published ranking: the newest published round at the screen's region that the user reads. */
@Component
class LatestRanking implements PublishedRanking {
    static final int LINES = 10;

    private final AssessmentService rounds;
    private final AssessmentResults results;

    LatestRanking(AssessmentService rounds, AssessmentResults results) {
        this.rounds = rounds;
        this.results = results;
    }

    @Override
    public Optional<Ranking> latest(CurrentUser user, String regionCode) {
        if (!AssessmentService.assesses(user)) {
            return Optional.empty();
        }
        return rounds.list(user).stream().filter(Assessment::published)
                .filter(a -> Objects.equals(a.regionCode(), regionCode))
                .max(Comparator.comparing((Assessment a) -> a.year() * 100 + a.month())
                        .thenComparing(Assessment::publishedAt))
                .map(a -> new Ranking(a.name(), results.results(a).results().stream().limit(LINES)
                        .map(l -> new Line(l.rank(), l.name(), l.total(), l.vetoed())).toList()));
    }
}
