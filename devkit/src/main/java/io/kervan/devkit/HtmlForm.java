package io.kervan.devkit;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first form of an HTML page, read the way a browser would submit it: its action and its named inputs with their
 * values (entities decoded). Enough for the simple pages Kervan and the simulators write; the tests and the
 * benchmark's shoppers (bench/src/CardPayments.java) play a browser with it.
 */
public record HtmlForm(String action, Map<String, String> fields) {

    private static final Pattern FORM = Pattern.compile("<form[^>]*\\saction=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern INPUT = Pattern.compile("<input\\s([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("name=\"?([\\w-]+)\"?");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

    public static HtmlForm of(String html) {
        Matcher form = FORM.matcher(html);
        if (!form.find()) {
            throw new IllegalArgumentException("No form with an action in: " + html);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(html);
        while (input.find()) {
            Matcher name = NAME.matcher(input.group(1));
            Matcher value = VALUE.matcher(input.group(1));
            if (name.find()) {
                fields.put(name.group(1), value.find() ? unescape(value.group(1)) : "");
            }
        }
        return new HtmlForm(unescape(form.group(1)), fields);
    }

    /** The action's path and query, for posting to Kervan through its test address with the shop's Host. */
    public String actionPath() {
        URI uri = URI.create(action);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static String unescape(String text) {
        return text.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
