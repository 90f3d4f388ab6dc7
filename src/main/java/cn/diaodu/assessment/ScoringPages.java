package cn.diaodu.assessment;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.fasterxml.jackson.databind.node.TextNode;

import cn.diaodu.common.ConflictException;
import cn.diaodu.common.Messages;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.CurrentUsers;

/**
 * The phone-first scoring page of a round ({@code /assessments/{id}/score}, 观摩 on site): one card per subject and
 * MANUAL indicator with the assessor's own score and note; saving one card returns to it.
 */
@Controller
class ScoringPages {
    private final AssessmentService rounds;
    private final AssessmentScores scores;
    private final AssessmentResults results;

    ScoringPages(AssessmentService rounds, AssessmentScores scores, AssessmentResults results) {
        this.rounds = rounds;
        this.scores = scores;
        this.results = results;
    }

    @GetMapping("/assessments/{id}/score")
    String page(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.get();
        Assessment a = rounds.get(id, user);
        Map<String, ScoreEntry> mine = new HashMap<>();
        scores.scores(id, user).stream().filter(s -> s.assessor().equals(user.username()))
                .forEach(s -> mine.put(s.subject() + "|" + s.indicator(), s));
        model.addAttribute("a", a);
        model.addAttribute("subjects", results.subjects(a));
        model.addAttribute("manual", a.indicators().stream().filter(Indicator::manual).toList());
        model.addAttribute("mine", mine);
        return "assessment/score";
    }

    @PostMapping("/assessments/{id}/score")
    String save(@PathVariable long id, @RequestParam String subject, @RequestParam String indicator,
            @RequestParam(required = false) String score, @RequestParam(required = false) String note,
            RedirectAttributes flash) {
        String anchor = "score-" + subject + "-" + indicator;
        try {
            BigDecimal v = score == null || score.isBlank() ? null : new BigDecimal(score.strip());
            scores.score(id, new AssessmentInput.ScoreInput(TextNode.valueOf(subject), indicator, v, note),
                    CurrentUsers.get());
            flash.addFlashAttribute("scoreFlash", Messages.text("assessment.flash.scored"));
            flash.addFlashAttribute("scoreFor", anchor);
        } catch (NumberFormatException e) {
            refused(flash, anchor, Messages.text("assessment.error.score-range"), score, note);
        } catch (ValidationException e) {
            refused(flash, anchor, e.errors().get(0).message(), score, note);
        } catch (ConflictException e) {
            refused(flash, anchor, e.getMessage(), score, note);
        }
        return "redirect:/assessments/" + id + "/score#" + anchor;
    }

    private static void refused(RedirectAttributes flash, String anchor, String message, String score, String note) {
        flash.addFlashAttribute("scoreError", message);
        flash.addFlashAttribute("scoreFor", anchor);
        flash.addFlashAttribute("typedScore", score == null ? "" : score);
        flash.addFlashAttribute("typedNote", note == null ? "" : note);
    }
}
