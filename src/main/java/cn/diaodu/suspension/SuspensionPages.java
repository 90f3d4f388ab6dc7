package cn.diaodu.suspension;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import cn.diaodu.common.ConflictException;
import cn.diaodu.common.InputText;
import cn.diaodu.common.Messages;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUsers;

/**
 * The forms of the project page's suspension section: ask for a suspension, approve or reject it, record the
 * resumption. Each returns to the project page with a flash message, or with the refused field's message and the
 * values typed ({@code suspensionErrors}, {@code suspensionForm}, {@code suspensionFormFor}: the entry concerned).
 */
@Controller
class SuspensionPages {
    private final SuspensionService suspensions;

    SuspensionPages(SuspensionService suspensions) {
        this.suspensions = suspensions;
    }

    @PostMapping("/projects/{id}/suspensions")
    String request(@PathVariable long id, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String from, @RequestParam(required = false) String expectedResume,
            @RequestParam(required = false) String ym, RedirectAttributes flash) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate f = date(from, "from", errors);
        LocalDate e = date(expectedResume, "expectedResume", errors);
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("reason", reason == null ? "" : reason);
        typed.put("from", from == null ? "" : from);
        typed.put("expectedResume", expectedResume == null ? "" : expectedResume);
        if (errors.isEmpty() && run(() -> suspensions.request(id, new SuspensionInput(reason, f, e),
                CurrentUsers.get()), errors)) {
            flash.addFlashAttribute("suspensionFlash", Messages.text("suspension.flash.requested"));
        } else {
            refused(flash, errors, typed, 0L);
        }
        return back(id, ym);
    }

    @PostMapping("/suspensions/{sid}/approve")
    String approve(@PathVariable long sid, @RequestParam(required = false) String note,
            @RequestParam(required = false) Integer version, @RequestParam(required = false) String ym,
            RedirectAttributes flash) {
        return decide(sid, true, note, version, ym, flash);
    }

    @PostMapping("/suspensions/{sid}/reject")
    String reject(@PathVariable long sid, @RequestParam(required = false) String note,
            @RequestParam(required = false) Integer version, @RequestParam(required = false) String ym,
            RedirectAttributes flash) {
        return decide(sid, false, note, version, ym, flash);
    }

    private String decide(long sid, boolean approve, String note, Integer version, String ym,
            RedirectAttributes flash) {
        Suspension s = suspensions.get(sid, CurrentUsers.get());
        Map<String, String> errors = new LinkedHashMap<>();
        DecisionInput in = new DecisionInput(note, version);
        boolean done = run(() -> {
            if (approve) {
                suspensions.approve(sid, in, CurrentUsers.get());
            } else {
                suspensions.reject(sid, in, CurrentUsers.get());
            }
        }, errors);
        if (done) {
            flash.addFlashAttribute("suspensionFlash",
                    Messages.text(approve ? "suspension.flash.approved" : "suspension.flash.rejected"));
        } else {
            refused(flash, errors, Map.of("note", note == null ? "" : note), sid);
        }
        return back(s.projectId(), ym);
    }

    @PostMapping("/suspensions/{sid}/resume")
    String resume(@PathVariable long sid, @RequestParam(required = false) String date,
            @RequestParam(required = false) Integer version, @RequestParam(required = false) String ym,
            RedirectAttributes flash) {
        Suspension s = suspensions.get(sid, CurrentUsers.get());
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate d = date(date, "date", errors);
        if (errors.isEmpty() && run(() -> suspensions.resume(sid, new ResumeInput(d, version), CurrentUsers.get()),
                errors)) {
            flash.addFlashAttribute("suspensionFlash", Messages.text("suspension.flash.resumed"));
        } else {
            refused(flash, errors, Map.of("date", date == null ? "" : date), sid);
        }
        return back(s.projectId(), ym);
    }

    /** Runs the change; a refusal's messages go to {@code errors} (a 409 under {@code state}). */
    private static boolean run(Runnable change, Map<String, String> errors) {
        try {
            change.run();
            return true;
        } catch (ValidationException e) {
            e.errors().forEach(err -> errors.putIfAbsent(err.field(), err.message()));
        } catch (ConflictException e) {
            errors.put("state", e.getMessage());
        }
        return false;
    }

    private static void refused(RedirectAttributes flash, Map<String, String> errors, Map<String, String> typed,
            long forId) {
        flash.addFlashAttribute("suspensionErrors", errors);
        flash.addFlashAttribute("suspensionForm", typed);
        flash.addFlashAttribute("suspensionFormFor", forId);
    }

    private static String back(long projectId, String ym) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/projects/{id}");
        if (ym != null && ym.matches("\\d{4}-\\d{2}")) {
            b.queryParam("ym", ym);
        }
        return "redirect:" + b.fragment("project-suspensions").buildAndExpand(projectId).toUriString();
    }

    /** A date typed on the form: null when blank; the field's message when not a date or out of range. */
    private static LocalDate date(String text, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(text.trim());
            if (!InputText.inRange(d)) {
                errors.put(field, Messages.text(InputText.DATE_MESSAGE));
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            errors.put(field, Messages.text("suspension.error.date-format"));
            return null;
        }
    }
}
