package cn.diaodu.project;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import cn.diaodu.common.Messages;
import cn.diaodu.common.ConflictException;
import cn.diaodu.common.InputText;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUsers;

/**
 * The forms of the project page that write milestones: add one (a dispatcher in scope), set the date one was reached
 * (the dispatcher, or a reporter of the lead unit). Both return to the project page, with the refusals shown there.
 */
@Controller
class MilestonePages {
    private final MilestoneService milestones;

    MilestonePages(MilestoneService milestones) {
        this.milestones = milestones;
    }

    @PostMapping("/projects/{id}/milestones")
    String add(@PathVariable long id, @RequestParam(required = false) String name,
            @RequestParam(required = false) String plannedDate, @RequestParam(required = false) String note,
            @RequestParam(required = false) String ym, RedirectAttributes flash) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate planned = date(plannedDate, "plannedDate", errors);
        if (errors.isEmpty()) {
            try {
                milestones.create(id, MilestoneInput.of(name, planned, null, note), CurrentUsers.get());
                flash.addFlashAttribute("milestoneSaved", true);
            } catch (ValidationException e) {
                e.errors().forEach(err -> errors.putIfAbsent(err.field(), err.message()));
            }
        }
        if (!errors.isEmpty()) {
            flash.addFlashAttribute("milestoneErrors", errors);
            flash.addFlashAttribute("milestoneForm", Map.of("name", name == null ? "" : name,
                    "plannedDate", plannedDate == null ? "" : plannedDate, "note", note == null ? "" : note));
        }
        return back(id, ym);
    }

    @PostMapping("/projects/{id}/milestones/{mid}/actual")
    String reached(@PathVariable long id, @PathVariable long mid, @RequestParam(required = false) String actualDate,
            @RequestParam(required = false) String ym, RedirectAttributes flash) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate actual = date(actualDate, "actualDate", errors);
        if (errors.isEmpty()) {
            try {
                milestones.update(id, mid, new MilestoneInput(null, null, actual, null, null, Set.of("actualDate")),
                        CurrentUsers.get());
                flash.addFlashAttribute("milestoneSaved", true);
            } catch (ValidationException e) {
                e.errors().forEach(err -> errors.putIfAbsent(err.field(), err.message()));
            } catch (ConflictException e) {
                errors.put("version", e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            flash.addFlashAttribute("milestoneErrors", errors);
        }
        return back(id, ym);
    }

    private static String back(long id, String ym) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/projects/{id}");
        if (ym != null && ym.matches("\\d{4}-\\d{2}")) {
            b.queryParam("ym", ym);
        }
        return "redirect:" + b.buildAndExpand(id).toUriString();
    }

    private static LocalDate date(String text, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(text.trim());
            if (!InputText.inRange(d)) {
                errors.put(field, InputText.DATE_MESSAGE);
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            errors.put(field, Messages.text("project.error.date-must-yyyy-mm-dd", List.of()));
            return null;
        }
    }
}
