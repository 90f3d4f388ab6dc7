package cn.diaodu.assessment;

import java.util.function.Supplier;

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
 * A round's page ({@code /assessments/{id}}): the scheme, the results explained line by line, the vetoes and those
 * proposed from facts, the organiser's actions (veto, withdraw, publish, copy) and the downloads. Each action
 * returns here with a flash, or the refusal's message.
 */
@Controller
class AssessmentPages {
    private final AssessmentService rounds;
    private final AssessmentScores scores;
    private final AssessmentResults results;
    private final AssessmentViews views;

    AssessmentPages(AssessmentService rounds, AssessmentScores scores, AssessmentResults results,
            AssessmentViews views) {
        this.rounds = rounds;
        this.scores = scores;
        this.results = results;
        this.views = views;
    }

    @GetMapping("/assessments/{id}")
    String detail(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.get();
        Assessment a = rounds.get(id, user);
        Results r = results.results(a);
        boolean organiser = AssessmentService.organises(user);
        model.addAttribute("a", a);
        model.addAttribute("lines", views.lines(a, r));
        model.addAttribute("subjects", r.results());
        model.addAttribute("vetoes", scores.vetoes(id, user));
        model.addAttribute("proposals", organiser && !a.published() ? scores.proposed(id, user) : java.util.List.of());
        model.addAttribute("organiser", organiser);
        model.addAttribute("hasManual", a.indicators().stream().anyMatch(Indicator::manual));
        model.addAttribute("scoreCount", scores.scores(id, user).size());
        model.addAttribute("seesAll", AssessmentService.seesAllScores(user, a));
        return "assessment/detail";
    }

    @PostMapping("/assessments/{id}/vetoes")
    String veto(@PathVariable long id, @RequestParam(required = false) String subject,
            @RequestParam(required = false) String reason, RedirectAttributes flash) {
        return act(id, "assessment.flash.vetoed", flash, () -> scores.veto(id,
                new AssessmentInput.VetoInput(subject == null ? null : TextNode.valueOf(subject), reason),
                CurrentUsers.get()));
    }

    @PostMapping("/assessments/{id}/vetoes/withdraw")
    String withdraw(@PathVariable long id, @RequestParam String subject, RedirectAttributes flash) {
        return act(id, "assessment.flash.withdrawn", flash, () -> {
            scores.withdraw(id, subject, CurrentUsers.get());
            return null;
        });
    }

    @PostMapping("/assessments/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes flash) {
        return act(id, "assessment.flash.published", flash, () -> results.publish(id, CurrentUsers.get()));
    }

    @PostMapping("/assessments/{id}/copy")
    String copy(@PathVariable long id, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer month, @RequestParam(required = false) String name,
            RedirectAttributes flash) {
        try {
            Assessment copy = rounds.copy(id, new AssessmentInput.CopyInput(year, month, name), CurrentUsers.get());
            flash.addFlashAttribute("assessmentFlash", Messages.text("assessment.flash.copied"));
            return "redirect:/assessments/" + copy.id();
        } catch (ValidationException e) {
            flash.addFlashAttribute("assessmentError", e.errors().get(0).message());
            return "redirect:/assessments/" + id;
        }
    }

    private static String act(long id, String done, RedirectAttributes flash, Supplier<Object> change) {
        try {
            change.get();
            flash.addFlashAttribute("assessmentFlash", Messages.text(done));
        } catch (ValidationException e) {
            flash.addFlashAttribute("assessmentError", e.errors().get(0).message());
        } catch (ConflictException e) {
            flash.addFlashAttribute("assessmentError", e.getMessage());
        }
        return "redirect:/assessments/" + id;
    }
}
