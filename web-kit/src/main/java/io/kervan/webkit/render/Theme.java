package io.kervan.webkit.render;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a shop's pages look: its name, logo and colour, with the colours derived from it so that text stays readable
 * (WCAG AA, 4.5:1): the text on a button of the shop's colour is white or near-black, whichever reads better, and
 * links take the colour darkened until it reads on white. A shop without a colour gets Kervan's.
 */
public record Theme(String shopName, String logoUrl, String primary, String onPrimary, String link) {

    public static final String DEFAULT_PRIMARY = "#1c5d99";
    private static final Pattern HEX = Pattern.compile("#[0-9a-f]{6}");
    private static final String DARK = "#111111";

    public static Theme of(String shopName, String logoUrl, String primaryColor) {
        String primary = primaryColor != null && HEX.matcher(primaryColor.toLowerCase(Locale.ROOT)).matches()
                ? primaryColor.toLowerCase(Locale.ROOT) : DEFAULT_PRIMARY;
        String onPrimary = contrast(primary, "#ffffff") >= 4.5 ? "#ffffff"
                : contrast(primary, DARK) >= contrast(primary, "#ffffff") ? DARK : "#ffffff";
        return new Theme(shopName, logoUrl, primary, onPrimary, readableOnWhite(primary));
    }

    /** The custom properties the stylesheet uses; built from checked hex colours only, so safe to inline. */
    public String css() {
        return ":root{--brand:" + primary + ";--on-brand:" + onPrimary + ";--link:" + link + "}";
    }

    private static String readableOnWhite(String colour) {
        int[] rgb = rgb(colour);
        String current = colour;
        while (contrast(current, "#ffffff") < 4.5) {
            for (int i = 0; i < 3; i++) {
                rgb[i] = (int) (rgb[i] * 0.9);
            }
            current = String.format(Locale.ROOT, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
        }
        return current;
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String colour) {
        int[] rgb = rgb(colour);
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = rgb[i] / 255.0;
            linear[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }

    private static int[] rgb(String colour) {
        int value = Integer.parseInt(colour.substring(1), 16);
        return new int[]{(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff};
    }
}
