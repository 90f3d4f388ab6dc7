package cn.diaodu.assessment;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.diaodu.identity.CurrentUsers;

/** CONTRACT §14: rounds of assessment, manual scores, vetoes, results and publishing. */
@RestController
class AssessmentApi {
    private final AssessmentService rounds;
    private final AssessmentScores scores;
    private final AssessmentResults results;

    AssessmentApi(AssessmentService rounds, AssessmentScores scores, AssessmentResults results) {
        this.rounds = rounds;
        this.scores = scores;
        this.results = results;
    }

    @PostMapping("/api/assessments")
    @ResponseStatus(HttpStatus.CREATED)
    Assessment create(@RequestBody(required = false) AssessmentInput in) {
        return rounds.create(in, CurrentUsers.get());
    }

    /** The rounds the caller reads, newest first. */
    @GetMapping("/api/assessments")
    List<Assessment> list() {
        return rounds.list(CurrentUsers.get());
    }

    @GetMapping("/api/assessments/{id}")
    Assessment get(@PathVariable long id) {
        return rounds.get(id, CurrentUsers.get());
    }

    /** A new round with this round's scheme for {@code {"year","month","name"?}}. */
    @PostMapping("/api/assessments/{id}/copy")
    @ResponseStatus(HttpStatus.CREATED)
    Assessment copy(@PathVariable long id, @RequestBody(required = false) AssessmentInput.CopyInput in) {
        return rounds.copy(id, in, CurrentUsers.get());
    }

    /** 201 with the score recorded (a second score by the same assessor replaces the first). */
    @PostMapping("/api/assessments/{id}/scores")
    @ResponseStatus(HttpStatus.CREATED)
    ScoreEntry score(@PathVariable long id, @RequestBody(required = false) AssessmentInput.ScoreInput in) {
        return scores.score(id, in, CurrentUsers.get());
    }

    /** Every score for the organiser (the creator, dispatchers); the caller's own for other assessors. */
    @GetMapping("/api/assessments/{id}/scores")
    List<ScoreEntry> scores(@PathVariable long id) {
        return scores.scores(id, CurrentUsers.get());
    }

    @PostMapping("/api/assessments/{id}/vetoes")
    @ResponseStatus(HttpStatus.CREATED)
    AssessmentScores.Veto veto(@PathVariable long id, @RequestBody(required = false) AssessmentInput.VetoInput in) {
        return scores.veto(id, in, CurrentUsers.get());
    }

    @GetMapping("/api/assessments/{id}/vetoes")
    List<AssessmentScores.Veto> vetoes(@PathVariable long id) {
        return scores.vetoes(id, CurrentUsers.get());
    }

    @DeleteMapping("/api/assessments/{id}/vetoes/{subject}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void withdraw(@PathVariable long id, @PathVariable String subject) {
        scores.withdraw(id, subject, CurrentUsers.get());
    }

    /** Vetoes that follow from facts (tasks overdue past N days, …), for the organiser to confirm. */
    @GetMapping("/api/assessments/{id}/veto-proposals")
    List<AssessmentScores.Veto> proposals(@PathVariable long id) {
        return scores.proposed(id, CurrentUsers.get());
    }

    @GetMapping("/api/assessments/{id}/results")
    Results results(@PathVariable long id) {
        return results.results(id, CurrentUsers.get());
    }

    @PostMapping("/api/assessments/{id}/publish")
    Results publish(@PathVariable long id) {
        return results.publish(id, CurrentUsers.get());
    }
}
