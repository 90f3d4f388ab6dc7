package cn.diaodu.identity;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page, and the start page of each role after signing in. */
@Controller
class HomeController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home() {
        CurrentUser u = CurrentUsers.get();
        if (u.hasAny(Role.DISPATCHER, Role.LEADER, Role.SUPERVISOR)) {
            return "redirect:/dashboard";
        }
        if (u.has(Role.REPORTER)) {
            return "redirect:/reports/grid";
        }
        if (u.has(Role.ADMIN)) {
            return "redirect:/admin/users";
        }
        if (u.has(Role.AUDITOR)) {
            return "redirect:/audit";
        }
        return "identity/welcome";
    }
}
