package cn.diaodu.identity;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page, and the start page of each role after signing in. */
@Controller
class HomeController {

    /** The login form; after a locked account's attempt it says until when (Beijing time). */
    @GetMapping("/login")
    String login(jakarta.servlet.http.HttpServletRequest request, org.springframework.ui.Model model) {
        var session = request.getSession(false);
        model.addAttribute("lockedUntil", session == null ? null : session.getAttribute(FormSignIn.LOCKED_UNTIL));
        return "login";
    }

    @GetMapping("/")
    String home() {
        CurrentUser u = CurrentUsers.get();
        if (u.hasAny(Role.DISPATCHER, Role.LEADER, Role.SUPERVISOR)) {
            return "redirect:/dashboard";
        }
        if (u.has(Role.ATTRACTION)) {
            return "redirect:/investments";
        }
        if (u.has(Role.REPORTER)) {
            return "redirect:/reports/grid";
        }
        if (u.hasAny(Role.ADMIN, Role.SECURITY_ADMIN)) {
            return "redirect:/admin/users";
        }
        if (u.has(Role.AUDITOR)) {
            return "redirect:/audit";
        }
        return "identity/welcome";
    }
}
