package cn.diaodu.onboarding;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import cn.diaodu.organisation.UnitKind;
import cn.diaodu.project.Category;
import cn.diaodu.project.ProjectLevel;

/**
 * The Chinese names a list may use for the codes (CONTRACT §11): 产业 or 工业 for {@code INDUSTRY}, 省级 for
 * {@code PROVINCIAL}, …; a trailing 项目 or 类 is ignored (产业项目, 工业类), and the code itself is accepted in any case.
 */
final class Labels {
    static final Map<String, String> CATEGORIES = new LinkedHashMap<>();
    static final Map<String, String> LEVELS = new LinkedHashMap<>();
    static final Map<String, String> UNIT_KINDS = new LinkedHashMap<>();

    static {
        for (Category c : Category.values()) {
            CATEGORIES.put(c.label(), c.name());
        }
        CATEGORIES.put("工业", Category.INDUSTRY.name());
        CATEGORIES.put("服务业", Category.SERVICES.name());
        CATEGORIES.put("民生", Category.SOCIAL.name());
        for (ProjectLevel l : ProjectLevel.values()) {
            LEVELS.put(l.label(), l.name());
        }
        LEVELS.put("区级", ProjectLevel.COUNTY.name());
        LEVELS.put("县区级", ProjectLevel.COUNTY.name());
        LEVELS.put("县（区）级", ProjectLevel.COUNTY.name());
        UNIT_KINDS.put("部门", UnitKind.DEPARTMENT.name());
        UNIT_KINDS.put("乡镇（街道）", UnitKind.TOWNSHIP.name());
        UNIT_KINDS.put("乡镇", UnitKind.TOWNSHIP.name());
        UNIT_KINDS.put("街道", UnitKind.TOWNSHIP.name());
        UNIT_KINDS.put("园区", UnitKind.PARK.name());
        UNIT_KINDS.put("企业", UnitKind.ENTERPRISE.name());
        UNIT_KINDS.put("其他", UnitKind.OTHER.name());
    }

    private Labels() {
    }

    static String category(String text) {
        return lookup(CATEGORIES, Category.class, text, "项目", "类");
    }

    static String level(String text) {
        return lookup(LEVELS, ProjectLevel.class, text, "重点项目", "项目");
    }

    static String unitKind(String text) {
        return lookup(UNIT_KINDS, UnitKind.class, text, "单位");
    }

    private static <E extends Enum<E>> String lookup(Map<String, String> names, Class<E> codes, String text,
            String... suffixes) {
        String t = text.trim().replace('(', '（').replace(')', '）');
        for (E e : codes.getEnumConstants()) {
            if (e.name().equals(t.toUpperCase(Locale.ROOT))) {
                return e.name();
            }
        }
        if (names.containsKey(t)) {
            return names.get(t);
        }
        for (String s : suffixes) {
            if (t.endsWith(s) && names.containsKey(t.substring(0, t.length() - s.length()))) {
                return names.get(t.substring(0, t.length() - s.length()));
            }
        }
        return null;
    }
}
