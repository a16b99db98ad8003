package io.kervan.devkit.simulators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The simulator's catalogue, the same on every run: bundles for 198 countries in five regions and for the regions
 * themselves, named the way eSIM Go names them ({@code esim_5GB_7D_TR_V2}, {@code esim_ULE_7D_TR_V2} for unlimited),
 * with prices in USD derived from the plan and the country. The first {@code count} of a fixed order of plans ×
 * areas are offered: the default 1,015 are five plans (1 GB 7 days, 3 GB 15 days, 5 GB 7 days, 5 GB 30 days, 10 GB 30
 * days) everywhere; up to 10,759 can be asked for. Tests change prices and withdraw or restore bundles.
 */
public final class EsimGoCatalogue {

    static final int DEFAULT_SIZE = 1015;

    /** A bundle as the simulator offers it; {@code dataMb} is -1 for unlimited ones. */
    public record Bundle(String name, String description, List<Area> countries, int dataMb, int days,
                         boolean unlimited, BigDecimal price) {

        public List<String> countryCodes() {
            return countries.stream().map(Area::iso).toList();
        }
    }

    public record Area(String iso, String name, String region) {
    }

    private static final Map<String, String> REGIONS = new LinkedHashMap<>();

    static {
        REGIONS.put("Europe", "AD AL AT BA BE BG BY CH CY CZ DE DK EE ES FI FR GB GR HR HU IE IS IT LI LT LU LV MC MD "
                + "ME MK MT NL NO PL PT RO RS RU SE SI SK SM TR UA VA");
        REGIONS.put("Asia", "AE AF AM AZ BD BH BN BT CN GE HK ID IL IN IQ IR JO JP KG KH KR KW KZ LA LB LK MM MN MO "
                + "MV MY NP OM PH PK PS QA SA SG SY TH TJ TL TM TW UZ VN YE");
        REGIONS.put("Africa", "AO BF BI BJ BW CD CF CG CI CM CV DJ DZ EG ER ET GA GH GM GN GQ GW KE KM LR LS LY MA "
                + "MG ML MR MU MW MZ NA NE NG RW SC SD SL SN SO SS ST SZ TD TG TN TZ UG ZA ZM ZW");
        REGIONS.put("Americas", "AG AR BB BO BR BS BZ CA CL CO CR CU DM DO EC GD GT GY HN HT JM KN LC MX NI PA PE PR "
                + "PY SR SV TT US UY VC VE");
        REGIONS.put("Oceania", "AU FJ FM KI MH NR NZ PG PW SB TO TV VU WS");
    }

    /** Plans in the order bundles are offered: data in MB (-1 unlimited) and days. */
    private static final List<int[]> PLANS = plans();

    private final ConcurrentSkipListMap<String, Bundle> offered = new ConcurrentSkipListMap<>();
    private final Map<String, Bundle> withdrawn = new ConcurrentSkipListMap<>();

    EsimGoCatalogue(int count) {
        List<List<Area>> areas = areas();
        generate:
        for (int[] plan : PLANS) {
            for (List<Area> area : areas) {
                if (offered.size() >= count) {
                    break generate;
                }
                Bundle bundle = bundle(plan[0], plan[1], area);
                offered.put(bundle.name(), bundle);
            }
        }
    }

    /** Offered bundles by name, the order eSIM Go's pages follow here. */
    List<Bundle> offered() {
        return List.copyOf(offered.values());
    }

    Bundle find(String name) {
        return offered.get(name);
    }

    void changePrice(String name, BigDecimal price) {
        offered.computeIfPresent(name, (n, b) -> new Bundle(n, b.description(), b.countries(), b.dataMb(), b.days(),
                b.unlimited(), price));
    }

    void withdraw(String name) {
        Bundle bundle = offered.remove(name);
        if (bundle != null) {
            withdrawn.put(name, bundle);
        }
    }

    void restore(String name) {
        Bundle bundle = withdrawn.remove(name);
        if (bundle != null) {
            offered.put(name, bundle);
        }
    }

    private static Bundle bundle(int dataMb, int days, List<Area> area) {
        boolean regional = area.size() > 1;
        String code = regional ? "R" + area.get(0).region().substring(0, 2).toUpperCase(Locale.ROOT)
                : area.get(0).iso();
        String place = regional ? area.get(0).region() : area.get(0).name();
        String data = dataMb < 0 ? "ULE" : dataMb < 1000 ? dataMb + "MB" : dataMb / 1000 + "GB";
        String name = "esim_" + data + "_" + days + "D_" + code + "_V2";
        String description = "eSIM, " + (dataMb < 0 ? "Unlimited Essential" : data) + ", " + days + " Days, " + place
                + ", V2";
        return new Bundle(name, description, area, dataMb, days, dataMb < 0, price(dataMb, days, code, regional));
    }

    /** USD: a base for the plan, times a factor of the country (0.8 to 1.6), times 1.4 for a region. */
    private static BigDecimal price(int dataMb, int days, String code, boolean regional) {
        double gigabytes = dataMb < 0 ? 15 : dataMb / 1000.0;
        double base = 0.6 + gigabytes * 1.1 + days * 0.04;
        double factor = 0.8 + Math.floorMod(code.hashCode(), 9) / 10.0;
        return BigDecimal.valueOf(base * factor * (regional ? 1.4 : 1)).setScale(2, RoundingMode.HALF_UP);
    }

    private static List<List<Area>> areas() {
        List<List<Area>> countries = new ArrayList<>();
        List<List<Area>> regions = new ArrayList<>();
        REGIONS.forEach((region, codes) -> {
            List<Area> members = new ArrayList<>();
            for (String iso : codes.split(" ")) {
                Area area = new Area(iso, new Locale("", iso).getDisplayCountry(Locale.ENGLISH), region);
                members.add(area);
                countries.add(List.of(area));
            }
            regions.add(List.copyOf(members));
        });
        countries.sort((a, b) -> a.get(0).iso().compareTo(b.get(0).iso()));
        countries.addAll(regions);
        return Collections.unmodifiableList(countries);
    }

    private static List<int[]> plans() {
        List<int[]> plans = new ArrayList<>(List.of(new int[] {1000, 7}, new int[] {3000, 15}, new int[] {5000, 7},
                new int[] {5000, 30}, new int[] {10000, 30}));
        for (int data : new int[] {500, 1000, 2000, 3000, 5000, 10000, 20000, 50000}) {
            for (int days : new int[] {1, 3, 7, 15, 30, 90}) {
                if (plans.stream().noneMatch(p -> p[0] == data && p[1] == days)) {
                    plans.add(new int[] {data, days});
                }
            }
        }
        for (int days : new int[] {1, 3, 7, 15, 30}) {
            plans.add(new int[] {-1, days});
        }
        return List.copyOf(plans);
    }
}
