package cn.diaodu.procedure;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.diaodu.common.Messages;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUsers;

/** The admin page of the catalogue of procedure kinds ({@code /admin/procedure-kinds}): list and add. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ProcedureKindPages {
    private final ProcedureKinds kinds;

    ProcedureKindPages(ProcedureKinds kinds) {
        this.kinds = kinds;
    }

    @GetMapping("/admin/procedure-kinds")
    String list(Model model) {
        model.addAttribute("kinds", kinds.all());
        return "procedure/kinds";
    }

    @PostMapping("/admin/procedure-kinds")
    String add(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
            @RequestParam(required = false) String nameEn, RedirectAttributes flash) {
        try {
            ProcedureKind k = kinds.add(new ProcedureKinds.KindInput(code, name, nameEn), CurrentUsers.get());
            flash.addFlashAttribute("flash", Messages.text("procedure.kinds.added", List.of(k.code())));
        } catch (ValidationException e) {
            flash.addFlashAttribute("flashError", String.join("；", e.errors().stream()
                    .map(fe -> Messages.text("procedure.kinds." + fe.field()) + "：" + fe.message()).toList()));
        }
        return "redirect:/admin/procedure-kinds";
    }
}
