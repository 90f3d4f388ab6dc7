package cn.diaodu.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.ConflictException;
import cn.diaodu.common.ForbiddenException;
import cn.diaodu.identity.CurrentUser;

/**
 * A round's results (CONTRACT §14): computed live from its sources, scores and vetoes ({@link Evaluation}) until it
 * is published; publishing stores every subject's values, scores, total and rank, and from then on the round answers
 * from that record and refuses every write (409).
 */
@Service
public class AssessmentResults {
    private final AssessmentService rounds;
    private final AssessmentStore store;
    private final Sources sources;
    private final ApplicationEventPublisher events;
    private final AppClock clock;

    public AssessmentResults(AssessmentService rounds, AssessmentStore store, Sources sources,
            ApplicationEventPublisher events, AppClock clock) {
        this.rounds = rounds;
        this.store = store;
        this.sources = sources;
        this.events = events;
        this.clock = clock;
    }

    /** The results for whoever reads the round. */
    public Results results(long id, CurrentUser user) {
        return results(rounds.get(id, user));
    }

    public Results results(Assessment a) {
        if (a.published()) {
            return new Results(true, store.results(a.id(), a.subject()));
        }
        return new Results(false, live(a, rounds.scope(a)));
    }

    /** The subjects of the round: frozen ones once published, else the summary's groups now. */
    public List<Subject> subjects(Assessment a) {
        if (a.published()) {
            return store.results(a.id(), a.subject()).stream()
                    .map(l -> new Subject(l.key(), l.subject(), l.name())).toList();
        }
        return rounds.scope(a).subjects();
    }

    List<ResultLine> live(Assessment a, RoundScope scope) {
        Map<String, Map<String, BigDecimal>> values = new HashMap<>();
        Map<String, Map<String, List<BigDecimal>>> manual = new HashMap<>();
        for (AssessmentStore.ScoreRow s : store.scores(a.id())) {
            manual.computeIfAbsent(s.indicator(), k -> new HashMap<>())
                    .computeIfAbsent(s.subject(), k -> new ArrayList<>()).add(s.score());
        }
        Map<String, Map<String, BigDecimal>> bySource = new HashMap<>();
        for (Indicator i : a.indicators()) {
            if (i.manual()) {
                Map<String, BigDecimal> means = new HashMap<>();
                manual.getOrDefault(i.code(), Map.of()).forEach((s, list) -> means.put(s, Scoring.manualMean(list)));
                values.put(i.code(), means);
            } else {
                values.put(i.code(), bySource.computeIfAbsent(i.source(), src -> sources.values(src, scope)));
            }
        }
        Map<String, String> vetoes = new LinkedHashMap<>();
        store.vetoes(a.id()).forEach(v -> vetoes.put(v.subject(), v.reason()));
        vetoes.keySet().retainAll(scope.subjects().stream().map(Subject::key).toList());
        return Evaluation.evaluate(scope.subjects(), a.indicators(), values, vetoes);
    }

    /** Freezes the round: 403 unless an organiser, 409 when already published (or changed meanwhile). */
    @Transactional
    public Results publish(long id, CurrentUser user) {
        Assessment a = rounds.get(id, user);
        if (!AssessmentService.organises(user)) {
            throw new ForbiddenException("publish assessment");
        }
        if (a.published()) {
            throw new ConflictException("assessment.error.published");
        }
        List<ResultLine> lines = live(a, rounds.scope(a));
        if (store.markPublished(a.id(), a.version(), user.username(), clock.now()) == 0) {
            throw new ConflictException("assessment.error.changed-meanwhile");
        }
        store.storeResults(a.id(), lines);
        events.publishEvent(new AssessmentPublished(a.id(), a.name(), lines.size()));
        return new Results(true, store.results(a.id(), a.subject()));
    }
}
