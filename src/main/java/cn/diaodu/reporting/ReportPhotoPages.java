package cn.diaodu.reporting;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.diaodu.common.Messages;
import cn.diaodu.common.Period;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.CurrentUsers;
import cn.diaodu.project.Project;
import cn.diaodu.project.ProjectAccess;
import cn.diaodu.project.ProjectService;

/** The photo page of a project's month (from the grid's card or the project page) and the pictures for pages. */
@Controller
class ReportPhotoPages {
    private final ReportPhotos photos;
    private final ProjectService projects;
    private final ProjectAccess access;

    ReportPhotoPages(ReportPhotos photos, ProjectService projects, ProjectAccess access) {
        this.photos = photos;
        this.projects = projects;
        this.access = access;
    }

    @GetMapping("/projects/{id}/reports/{period}/photos")
    String page(@PathVariable long id, @PathVariable String period, Model model) {
        CurrentUser user = CurrentUsers.get();
        Project p = projects.get(id, user);
        Period per = Period.parse(period, "period");
        model.addAttribute("p", p);
        model.addAttribute("period", per.toString());
        model.addAttribute("photos", photos.ofReport(id, per.toString(), user));
        model.addAttribute("canUpload", access.canReport(user, p));
        model.addAttribute("me", user.username());
        model.addAttribute("dispatcher", user.has(cn.diaodu.identity.Role.DISPATCHER));
        return "reporting/photos";
    }

    @PostMapping("/projects/{id}/reports/{period}/photos")
    String upload(@PathVariable long id, @PathVariable String period,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam(required = false) String caption, RedirectAttributes flash) {
        try {
            int n = photos.uploadAll(id, period, files, caption, CurrentUsers.get()).size();
            flash.addFlashAttribute("flash", Messages.text("reporting.photo.flash.uploaded", List.of(n)));
        } catch (ValidationException e) {
            flash.addFlashAttribute("photoErrors", e.errors().stream()
                    .map(err -> (err.column() == null ? "" : err.column() + "：") + err.message()).toList());
            flash.addFlashAttribute("caption", caption);
        }
        return "redirect:/projects/" + id + "/reports/" + period + "/photos";
    }

    @PostMapping("/photos/{photoId}/delete")
    String delete(@PathVariable long photoId, @RequestParam long projectId, @RequestParam String period,
            RedirectAttributes flash) {
        photos.delete(photoId, CurrentUsers.get());
        flash.addFlashAttribute("flash", Messages.text("reporting.photo.flash.deleted", List.of()));
        return "redirect:/projects/" + projectId + "/reports/" + Period.parse(period, "period") + "/photos";
    }

    @GetMapping("/photos/{photoId}")
    ResponseEntity<byte[]> picture(@PathVariable long photoId) {
        return ReportPhotoApi.image(photos.content(photoId, false, CurrentUsers.get()), false);
    }

    @GetMapping("/photos/{photoId}/thumbnail")
    ResponseEntity<byte[]> thumbnail(@PathVariable long photoId) {
        return ReportPhotoApi.image(photos.content(photoId, true, CurrentUsers.get()), true);
    }
}
