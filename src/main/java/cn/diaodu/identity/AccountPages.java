package cn.diaodu.identity;

import java.util.Locale;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.diaodu.common.FieldError;
import cn.diaodu.common.ValidationException;

/**
 * The signed-in user's own password ({@code /account/password}, CONTRACT §16): the page every sign-in leads to while
 * the password must be changed, and the self-service change at any time. This session stays signed in with the new
 * password; every other session and every API token of the user end.
 */
@Controller
@RequestMapping(AccountPages.PATH)
class AccountPages {
    static final String PATH = "/account/password";

    private final Credentials credentials;

    AccountPages(Credentials credentials) {
        this.credentials = credentials;
    }

    @GetMapping
    String form(Model model) {
        CurrentUser me = CurrentUsers.get();
        model.addAttribute("forced", credentials.state(me.id()).map(Credentials.State::mustChange).orElse(false));
        return "identity/password";
    }

    @PostMapping
    String change(@RequestParam(required = false) String currentPassword,
            @RequestParam(required = false) String newPassword, @RequestParam(required = false) String confirmPassword,
            HttpSession session, Model model, Locale locale, RedirectAttributes redirect) {
        CurrentUser me = CurrentUsers.get();
        try {
            if (newPassword != null && !newPassword.equals(confirmPassword)) {
                model.addAttribute("confirmError", true);
            } else {
                int version = credentials.changeOwn(me, currentPassword, newPassword);
                session.setAttribute(SessionGuard.STAMP, version);
                redirect.addFlashAttribute("passwordChanged", true);
                return "redirect:/";
            }
        } catch (ValidationException e) {
            for (FieldError fe : e.errors()) {
                String key = "currentPassword".equals(fe.field()) ? "currentError" : "newError";
                String before = (String) model.getAttribute(key);
                String text = fe.message(locale);
                model.addAttribute(key, before == null ? text : before + "；" + text);
            }
        }
        model.addAttribute("forced", credentials.state(me.id()).map(Credentials.State::mustChange).orElse(false));
        return "identity/password";
    }
}
