package cn.diaodu.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.diaodu.common.ConflictException;
import cn.diaodu.common.Messages;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.CurrentUsers;

/**
 * A campaign's ledger on a phone ({@code /campaigns/{id}/items}): the items by status with the overdue ones flagged,
 * the step each may take next (处置 for the unit, 复核销号 or 退回 for the command office), coverage (closed ÷
 * registered) by unit, and the form to register an item.
 */
@Controller
class CampaignItemPages {
    private final CampaignService campaigns;
    private final CampaignItems items;

    CampaignItemPages(CampaignService campaigns, CampaignItems items) {
        this.campaigns = campaigns;
        this.items = items;
    }

    /** Coverage of a unit: items closed ÷ items registered. */
    record Coverage(String unitName, int registered, int closed, int overdue) {
    }

    @GetMapping("/campaigns/{id}/items")
    String list(@PathVariable long id, @RequestParam(required = false) String status,
            @RequestParam(required = false) String overdue, Model model) {
        CurrentUser user = CurrentUsers.get();
        Campaign c = campaigns.get(id, user);
        List<CampaignItem> all = items.list(id, null, null, user);
        ItemStatus s = parse(status);
        boolean onlyOverdue = "true".equals(overdue);
        model.addAttribute("c", c);
        model.addAttribute("items", all.stream().filter(i -> s == null || i.status() == s)
                .filter(i -> !onlyOverdue || i.overdue()).toList());
        model.addAttribute("coverage", coverage(all));
        model.addAttribute("status", s == null ? "" : s.name());
        model.addAttribute("onlyOverdue", onlyOverdue);
        model.addAttribute("statuses", ItemStatus.values());
        model.addAttribute("organiser", CampaignAccess.organises(user));
        model.addAttribute("myUnit", user.unitId());
        return "campaign/items";
    }

    @PostMapping("/campaigns/{id}/items")
    String register(@PathVariable long id, @RequestParam(required = false) String title,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) String dueDate,
            @RequestParam(required = false) String description, RedirectAttributes flash) {
        try {
            LocalDate due = dueDate == null || dueDate.isBlank() ? null : LocalDate.parse(dueDate);
            items.register(id, new ItemInput(title, unitId, due, description), CurrentUsers.get());
            flash.addFlashAttribute("campaignFlash", Messages.text("campaign.item.flash.registered"));
        } catch (ValidationException e) {
            flash.addFlashAttribute("itemError", e.errors().get(0).message() + "（" + Messages.text("campaign.item.field."
                    + e.errors().get(0).field()) + "）");
        } catch (java.time.format.DateTimeParseException e) {
            flash.addFlashAttribute("itemError", Messages.text("common.error.wrong-type-format"));
        }
        return "redirect:/campaigns/" + id + "/items";
    }

    @PostMapping("/campaign-items/{itemId}/{action}")
    String act(@PathVariable long itemId, @PathVariable String action, @RequestParam long campaignId,
            @RequestParam(required = false) String note, RedirectAttributes flash) {
        try {
            items.act(itemId, action, note, CurrentUsers.get());
            flash.addFlashAttribute("campaignFlash", Messages.text("campaign.item.flash." + action));
        } catch (ConflictException e) {
            flash.addFlashAttribute("itemError", e.getMessage());
        } catch (ValidationException e) {
            flash.addFlashAttribute("itemError", e.errors().get(0).message());
        }
        return "redirect:/campaigns/" + campaignId + "/items";
    }

    static List<Coverage> coverage(List<CampaignItem> all) {
        Map<String, int[]> by = new java.util.TreeMap<>();
        for (CampaignItem i : all) {
            int[] c = by.computeIfAbsent(i.unitName(), k -> new int[3]);
            c[0]++;
            c[1] += i.status() == ItemStatus.CLOSED ? 1 : 0;
            c[2] += i.overdue() ? 1 : 0;
        }
        return by.entrySet().stream().map(e -> new Coverage(e.getKey(), e.getValue()[0], e.getValue()[1],
                e.getValue()[2])).toList();
    }

    private static ItemStatus parse(String s) {
        try {
            return s == null || s.isBlank() ? null : ItemStatus.valueOf(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
