package io.kervan.webkit.render;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Page links for a listing that keep its query ({@code ?search=…&page=3}): the current page, its neighbours, the
 * first and the last.
 */
public record Paging(String path, Map<String, String> query, int page, int pageCount) {

    public Paging {
        query = new LinkedHashMap<>(query);
    }

    /** The page a listing's {@code ?page=} asks for: a whole number from 1, anything else the first page. */
    public static int requested(String text) {
        if (text == null || !text.strip().matches("\\d{1,6}")) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(text.strip()));
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount;
    }

    /** The pages to link: 1, the current and its neighbours, the last; 0 stands for a gap. */
    public List<Integer> shown() {
        List<Integer> pages = new ArrayList<>();
        for (int p = 1; p <= pageCount; p++) {
            if (p == 1 || p == pageCount || Math.abs(p - page) <= 1) {
                pages.add(p);
            } else if (!pages.isEmpty() && pages.get(pages.size() - 1) != 0) {
                pages.add(0);
            }
        }
        return pages;
    }

    public String link(int target) {
        StringBuilder url = new StringBuilder(path);
        char separator = '?';
        for (Map.Entry<String, String> entry : query.entrySet()) {
            if (entry.getValue() != null && !entry.getValue().isBlank()) {
                url.append(separator).append(entry.getKey()).append('=')
                        .append(URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        if (target > 1) {
            url.append(separator).append("page=").append(target);
        }
        return url.toString();
    }
}
