package cn.diaodu.onboarding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.diaodu.common.ForbiddenException;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.organisation.RegionTree;

/**
 * The GB/T 2260 region tree of China as a resource of our own ({@code regions/gb2260.csv.gz}: code, name, level,
 * parent code; 31 provinces down to 41 352 towns, from china-division 2.7.0, see docs/NOTICE.md), and the load of a
 * province's subtree into the region tree through {@link OrganisationService#createRegion}: codes already there are
 * kept with their names, so loading again creates nothing.
 */
@Service
public class RegionCatalogue {
    static final String RESOURCE = "regions/gb2260.csv.gz";

    /** One region of the catalogue. */
    record Entry(String code, String name, String level, String parentCode) {
    }

    private final OrganisationService organisation;

    RegionCatalogue(OrganisationService organisation) {
        this.organisation = organisation;
    }

    /** The provinces of the catalogue, for the page's picker. */
    public List<Entry> provinces() {
        return read("PROVINCE", null);
    }

    /**
     * Loads the province {@code province} down to {@code depth} (COUNTY, the default, or TOWN); an administrator
     * bounded to a region loads only what lies below that region. The number of regions created.
     */
    @Transactional
    public int load(String province, String depth, CurrentUser admin) {
        OrganisationImport.requireAdmin(admin);
        String d = depth == null || depth.isBlank() ? "COUNTY" : depth.trim().toUpperCase(java.util.Locale.ROOT);
        if (!d.equals("COUNTY") && !d.equals("TOWN")) {
            throw ValidationException.of("depth", "onboarding.error.unknown-depth", depth);
        }
        String code = province == null ? "" : province.trim();
        List<Entry> entries = read(d, code);
        if (entries.isEmpty() || !entries.get(0).level().equals("PROVINCE")) {
            throw ValidationException.of("province", "onboarding.error.unknown-province", code);
        }
        RegionTree tree = organisation.regionTree();
        String bound = admin.regionCode();
        if (bound != null && !code.startsWith(bound.substring(0, 2))) {
            throw new ForbiddenException("province outside the administrator's region");
        }
        java.util.Set<String> inBound = new java.util.HashSet<>();
        int created = 0;
        for (Entry e : entries) {
            boolean mine = bound == null || e.code().equals(bound) || inBound.contains(e.parentCode());
            if (mine && bound != null) {
                inBound.add(e.code());
            }
            if (!mine || e.code().equals(bound) || tree.contains(e.code())) {
                continue;
            }
            organisation.createRegion(new OrganisationService.RegionInput(e.code(), e.name(), e.level(),
                    e.parentCode()));
            created++;
        }
        return created;
    }

    /**
     * The entries of the catalogue down to {@code depth}: every province (province null), or the province's
     * subtree in the catalogue's order, parents before children.
     */
    private static List<Entry> read(String depth, String province) {
        boolean towns = depth.equals("TOWN");
        String prefix = province == null || province.length() < 2 ? null : province.substring(0, 2);
        List<Entry> out = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(new ClassPathResource(RESOURCE).getInputStream());
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                Entry e = new Entry(f[0], f[1], f[2], f[3].isEmpty() ? null : f[3]);
                if (province == null) {
                    if (e.level().equals("PROVINCE")) {
                        out.add(e);
                    }
                } else if (prefix != null && e.code().startsWith(prefix) && (towns || !e.level().equals("TOWN"))) {
                    if (e.level().equals("PROVINCE") ? e.code().equals(province) : !out.isEmpty()) {
                        out.add(e);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
