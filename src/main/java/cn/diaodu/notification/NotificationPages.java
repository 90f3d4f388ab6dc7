package cn.diaodu.notification;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;

import cn.diaodu.identity.CurrentUsers;

/** 站内通知: the list of the user's unit's notifications and the unread count in the navigation bar. */
@Controller
class NotificationPages {
    private final NotificationService notifications;

    NotificationPages(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String list(Model model) {
        model.addAttribute("items", notifications.forUser(CurrentUsers.get(), 200));
        return "notification/list";
    }

    @PostMapping("/notifications/read")
    String readAll() {
        notifications.markAllRead(CurrentUsers.get());
        return "redirect:/notifications";
    }

    /** htmx: the unread badge. */
    @GetMapping("/notifications/badge")
    @ResponseBody
    String badge() {
        int n = notifications.unread(CurrentUsers.get());
        return n == 0 ? "" : "<span class=\"badge rounded-pill text-bg-danger\" id=\"unread-count\">" + n + "</span>";
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
