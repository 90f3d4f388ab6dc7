package cn.diaodu.notification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;

import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.CurrentUsers;
import cn.diaodu.organisation.OrganisationService;

/** 站内通知: the list of the user's notifications (its unit's, its office's) and the unread count in the navigation bar. */
@Controller
class NotificationPages {
    private final NotificationService notifications;
    private final OrganisationService organisation;

    NotificationPages(NotificationService notifications, OrganisationService organisation) {
        this.notifications = notifications;
        this.organisation = organisation;
    }

    /**
     * The list, with what was unread before it was opened in bold; opening it marks every notice read, so that the
     * badge of this very page (loaded after it) shows none.
     */
    @GetMapping("/notifications")
    String list(Model model) {
        CurrentUser user = CurrentUsers.get();
        List<Notification> items = notifications.forUser(user, 200);
        notifications.markAllRead(user);
        Map<Long, String> unitNames = new HashMap<>();
        organisation.units().forEach(u -> unitNames.put(u.id(), u.name()));
        model.addAttribute("items", items);
        model.addAttribute("unitNames", unitNames);
        return "notification/list";
    }

    @PostMapping("/notifications/read")
    String readAll() {
        notifications.markAllRead(CurrentUsers.get());
        return "redirect:/notifications";
    }

    /** htmx: the unread badge (in the navigation, or {@code compact} beside the menu button on a phone). */
    @GetMapping("/notifications/badge")
    @ResponseBody
    String badge(@RequestParam(defaultValue = "false") boolean compact) {
        int n = notifications.unread(CurrentUsers.get());
        return n == 0 ? "" : "<span class=\"badge rounded-pill text-bg-danger\" id=\"unread-count"
                + (compact ? "-compact" : "") + "\">" + n + "</span>";
    }
}

/** The API of the notifications: GET /api/notifications and the unread count. */
@RestController
class NotificationApi {
    private final NotificationService notifications;

    NotificationApi(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/api/notifications")
    List<Notification> list() {
        return notifications.forUser(CurrentUsers.get(), 200);
    }

    @GetMapping("/api/notifications/unread")
    Map<String, Integer> unread() {
        return Map.of("unread", notifications.unread(CurrentUsers.get()));
    }

    @PostMapping("/api/notifications/read")
    Map<String, Integer> read() {
        notifications.markAllRead(CurrentUsers.get());
        return Map.of("unread", 0);
    }
}
