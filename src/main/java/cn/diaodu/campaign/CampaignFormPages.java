package cn.diaodu.campaign;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.FieldError;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUsers;
import cn.diaodu.organisation.OrganisationService;

/** The form of a new campaign ({@code /campaigns/new}): a form object and its BindingResult. */
@Controller
class CampaignFormPages {
    private final CampaignService campaigns;
    private final OrganisationService organisation;
    private final AppClock clock;

    CampaignFormPages(CampaignService campaigns, OrganisationService organisation, AppClock clock) {
        this.campaigns = campaigns;
        this.organisation = organisation;
        this.clock = clock;
    }

    @GetMapping("/campaigns/new")
    String form(Model model) {
        CampaignAccess.requireOrganiser(CurrentUsers.get());
        CampaignForm f = new CampaignForm();
        f.setFrom(clock.today().toString());
        model.addAttribute("form", f);
        return page(model);
    }

    @PostMapping("/campaigns")
    String create(@ModelAttribute("form") CampaignForm form, BindingResult result, Model model) {
        CampaignInput in = form.input(result);
        if (in != null) {
            try {
                return "redirect:/campaigns/" + campaigns.create(in, CurrentUsers.get()).id();
            } catch (ValidationException e) {
                for (FieldError err : e.errors()) {
                    result.rejectValue(formField(err.field()), "invalid", err.message());
                }
            }
        }
        return page(model);
    }

    /** The form's field for an API field: unitIds[1] → unitIds, fields[2].name → fieldNames[2]. */
    static String formField(String api) {
        if (api.startsWith("unitIds")) {
            return "unitIds";
        }
        if (api.startsWith("fields[")) {
            String index = api.substring(7, api.indexOf(']'));
            return api.endsWith(".type") ? "fieldTypes[" + index + "]" : "fieldNames[" + index + "]";
        }
        return api.equals("fields") ? "fieldNames" : api;
    }

    private String page(Model model) {
        model.addAttribute("kinds", CampaignKind.values());
        model.addAttribute("types", FieldType.values());
        model.addAttribute("units", organisation.units());
        return "campaign/form";
    }
}
