package cn.diaodu.assessment;

import static cn.diaodu.common.Checks.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.ConflictException;
import cn.diaodu.common.FieldError;
import cn.diaodu.common.ForbiddenException;
import cn.diaodu.common.InputText;
import cn.diaodu.common.NotFoundException;
import cn.diaodu.identity.CurrentUser;

/**
 * Manual scores (观摩 on-site scoring, service evaluation) and vetoes (一票否决) of a round, CONTRACT §14. The assessor
 * is the caller; a second score by the same assessor for the same subject and indicator replaces the first. The
 * organiser (the round's creator, any dispatcher) sees every score; other assessors see their own. Checks in the
 * order 404, 403, 422, 409 (a published round).
 */
@Service
public class AssessmentScores {
    static final int MAX_TEXT = 500;

    private final AssessmentService rounds;
    private final AssessmentResults results;
    private final AssessmentStore store;
    private final List<VetoProposals> proposals;
    private final ApplicationEventPublisher events;
    private final AppClock clock;

    public AssessmentScores(AssessmentService rounds, AssessmentResults results, AssessmentStore store,
            List<VetoProposals> proposals, ApplicationEventPublisher events, AppClock clock) {
        this.rounds = rounds;
        this.results = results;
        this.store = store;
        this.proposals = proposals;
        this.events = events;
        this.clock = clock;
    }

    /** The subject as posted: a region code (text) or a unit id (number or text). */
    static String subjectKey(JsonNode subject) {
        if (subject == null || subject.isNull()) {
            return null;
        }
        if (subject.isIntegralNumber()) {
            return subject.asText();
        }
        return subject.isTextual() ? blankToNull(subject.textValue()) : null;
    }

    private static Subject subject(List<Subject> subjects, JsonNode posted, List<FieldError> errors) {
        String key = subjectKey(posted);
        if (key == null) {
            errors.add(new FieldError("subject", "common.error.required"));
            return null;
        }
        Optional<Subject> s = subjects.stream().filter(x -> x.key().equals(key)).findFirst();
        if (s.isEmpty()) {
            errors.add(FieldError.of("subject", "assessment.error.unknown-subject", key));
        }
        return s.orElse(null);
    }

    // ---- scores --------------------------------------------------------------------------------------------

    @Transactional
    public ScoreEntry score(long id, AssessmentInput.ScoreInput in, CurrentUser user) {
        Assessment a = rounds.get(id, user);
        AssessmentInput.ScoreInput input = in == null ? new AssessmentInput.ScoreInput(null, null, null, null) : in;
        List<FieldError> errors = new ArrayList<>();
        Subject s = subject(results.subjects(a), input.subject(), errors);
        String code = blankToNull(input.indicator());
        Indicator ind = code == null ? null
                : a.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElse(null);
        if (code == null) {
            errors.add(new FieldError("indicator", "common.error.required"));
        } else if (ind == null) {
            errors.add(FieldError.of("indicator", "assessment.error.unknown-indicator", code));
        } else if (!ind.manual()) {
            errors.add(FieldError.of("indicator", "assessment.error.not-manual", code));
        }
        BigDecimal score = input.score();
        if (score == null) {
            errors.add(new FieldError("score", "common.error.required"));
        } else if (score.signum() < 0 || score.compareTo(Scoring.HUNDRED) > 0) {
            errors.add(new FieldError("score", "assessment.error.score-range"));
        } else if (score.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError("score", "common.error.at-most-2-decimals"));
        }
        String note = blankToNull(input.note());
        maxLength(note, "note", MAX_TEXT, errors);
        InputText.check(note, "note", errors);
        throwIfAny(errors);
        requireOpen(a);
        BigDecimal before = store.scores(a.id()).stream().filter(r -> r.subject().equals(s.key())
                && r.indicator().equals(code) && r.assessor().equals(user.username())).map(r -> r.score())
                .findFirst().orElse(null);
        AssessmentStore.ScoreRow row = new AssessmentStore.ScoreRow(s.key(), code, user.username(),
                user.displayName(), score.setScale(2), note, clock.now());
        try {
            store.putScore(a.id(), row);
        } catch (DuplicateKeyException concurrent) {
            throw new ConflictException("assessment.error.changed-meanwhile");
        }
        events.publishEvent(new AssessmentScored(a.id(), a.name(), s.key(), code, user.username(), before,
                row.score(), note));
        return entry(a, row);
    }

    /** Bumps the round's version while it is open, so that a write and a publish exclude each other; else 409. */
    private void requireOpen(Assessment a) {
        if (a.published() || store.touch(a.id()) == 0) {
            throw new ConflictException("assessment.error.published");
        }
    }

    /** Every score for the organiser; an assessor's own otherwise. */
    public List<ScoreEntry> scores(long id, CurrentUser user) {
        Assessment a = rounds.get(id, user);
        boolean all = AssessmentService.seesAllScores(user, a);
        return store.scores(a.id()).stream().filter(r -> all || r.assessor().equals(user.username()))
                .map(r -> entry(a, r)).toList();
    }

    private static ScoreEntry entry(Assessment a, AssessmentStore.ScoreRow r) {
        return new ScoreEntry(AssessmentStore.jsonKey(a.subject(), r.subject()), r.indicator(), r.assessor(),
                r.assessorName(), r.score(), r.note(), r.at());
    }

    // ---- vetoes --------------------------------------------------------------------------------------------

    /** One veto of a round. */
    public record Veto(Object subject, String name, String reason, String vetoedBy, java.time.OffsetDateTime at) {
    }

    @Transactional
    public Veto veto(long id, AssessmentInput.VetoInput in, CurrentUser user) {
        Assessment a = rounds.get(id, user);
        if (!AssessmentService.organises(user)) {
            throw new ForbiddenException("veto assessment");
        }
        AssessmentInput.VetoInput input = in == null ? new AssessmentInput.VetoInput(null, null) : in;
        List<FieldError> errors = new ArrayList<>();
        Subject s = subject(results.subjects(a), input.subject(), errors);
        requireText(input.reason(), "reason", MAX_TEXT, errors);
        InputText.check(input.reason(), "reason", errors);
        throwIfAny(errors);
        requireOpen(a);
        if (store.vetoes(a.id()).stream().anyMatch(v -> v.subject().equals(s.key()))) {
            throw new ConflictException("assessment.error.already-vetoed");
        }
        AssessmentStore.VetoRow v = new AssessmentStore.VetoRow(s.key(), input.reason().strip(), user.username(),
                clock.now());
        try {
            store.insertVeto(a.id(), v);
        } catch (DuplicateKeyException concurrent) {
            throw new ConflictException("assessment.error.already-vetoed");
        }
        events.publishEvent(new AssessmentVetoed(a.id(), a.name(), s.key(), v.reason(), false));
        return new Veto(s.subject(), s.name(), v.reason(), v.by(), v.at());
    }

    /** Withdraws a veto before publishing: 404 when the subject has none. */
    @Transactional
    public void withdraw(long id, String subject, CurrentUser user) {
        Assessment a = rounds.get(id, user);
        if (!AssessmentService.organises(user)) {
            throw new ForbiddenException("veto assessment");
        }
        requireOpen(a);
        if (store.deleteVeto(a.id(), subject) == 0) {
            throw new NotFoundException("veto " + subject);
        }
        events.publishEvent(new AssessmentVetoed(a.id(), a.name(), subject, null, true));
    }

    public List<Veto> vetoes(long id, CurrentUser user) {
        Assessment a = rounds.get(id, user);
        List<Subject> subjects = results.subjects(a);
        return store.vetoes(a.id()).stream().map(v -> {
            Subject s = subjects.stream().filter(x -> x.key().equals(v.subject())).findFirst().orElse(null);
            return new Veto(AssessmentStore.jsonKey(a.subject(), v.subject()), s == null ? null : s.name(),
                    v.reason(), v.by(), v.at());
        }).toList();
    }

    /** Vetoes proposed from facts (overdue tasks, …) for subjects not vetoed yet; none once published. */
    public List<Veto> proposed(long id, CurrentUser user) {
        Assessment a = rounds.get(id, user);
        if (a.published()) {
            return List.of();
        }
        RoundScope scope = rounds.scope(a);
        Set<String> vetoed = new HashSet<>();
        store.vetoes(a.id()).forEach(v -> vetoed.add(v.subject()));
        List<Veto> out = new ArrayList<>();
        for (VetoProposals p : proposals) {
            for (VetoProposals.Proposal x : p.propose(scope)) {
                Subject s = scope.subject(x.subject());
                if (s != null && vetoed.add(x.subject())) {
                    out.add(new Veto(s.subject(), s.name(), x.reason(), null, null));
                }
            }
        }
        return out;
    }
}
