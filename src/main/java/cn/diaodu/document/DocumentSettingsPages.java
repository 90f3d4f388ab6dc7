package cn.diaodu.document;

import java.util.HashMap;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUsers;

/** 公文版头设置: the administrator's page of the letterhead ({@code /admin/document}). */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class DocumentSettingsPages {
    private final DocumentSettingsService settings;
    private final cn.diaodu.common.AppClock clock;

    DocumentSettingsPages(DocumentSettingsService settings, cn.diaodu.common.AppClock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The form, bound field by field. */
    static final class Form {
        private String authorityMark;
        private String numberPrefix;
        private String addressee;
        private String copyTo;
        private String printedBy;

        static Form of(DocumentSettings s) {
            Form f = new Form();
            f.authorityMark = s.authorityMark();
            f.numberPrefix = s.numberPrefix();
            f.addressee = s.addressee();
            f.copyTo = s.copyTo();
            f.printedBy = s.printedBy();
            return f;
        }

        DocumentSettings settings() {
            return new DocumentSettings(authorityMark, numberPrefix, addressee, copyTo, printedBy);
        }

        public String getAuthorityMark() {
            return authorityMark;
        }

        public void setAuthorityMark(String v) {
            authorityMark = v;
        }

        public String getNumberPrefix() {
            return numberPrefix;
        }

        public void setNumberPrefix(String v) {
            numberPrefix = v;
        }

        public String getAddressee() {
            return addressee;
        }

        public void setAddressee(String v) {
            addressee = v;
        }

        public String getCopyTo() {
            return copyTo;
        }

        public void setCopyTo(String v) {
            copyTo = v;
        }

        public String getPrintedBy() {
            return printedBy;
        }

        public void setPrintedBy(String v) {
            printedBy = v;
        }
    }

    @GetMapping("/admin/document")
    String page(Model model) {
        return show(model, Form.of(settings.current()), Map.of());
    }

    @PostMapping("/admin/document")
    String save(@ModelAttribute Form form, Model model, RedirectAttributes flash) {
        try {
            settings.update(form.settings(), CurrentUsers.get());
            flash.addFlashAttribute("flash", "saved");
            return "redirect:/admin/document";
        } catch (ValidationException e) {
            Map<String, String> errors = new HashMap<>();
            e.errors().forEach(err -> errors.putIfAbsent(err.field(), err.message()));
            return show(model, form, errors);
        }
    }

    private String show(Model model, Form form, Map<String, String> errors) {
        DocumentSettings s = form.settings();
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("example", DocumentNumbers.format(s.numberPrefix(), DocumentKind.BULLETIN,
                clock.today().getYear(), 1));
        return "document/settings";
    }
}
