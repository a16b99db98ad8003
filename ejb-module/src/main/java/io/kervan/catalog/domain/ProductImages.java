package io.kervan.catalog.domain;

import io.kervan.shared.domain.InvalidInputException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/** A product's pictures: the addresses of images kept elsewhere (the shop's CDN), shown in the order given. */
final class ProductImages {

    static final int MOST = 10;
    static final int LONGEST = 500;

    private ProductImages() {
    }

    /** The addresses as stored, or a refusal naming {@code image_urls} (too many, or one not an http(s) address). */
    static String[] require(List<String> urls) {
        if (urls.size() > MOST) {
            throw new InvalidInputException("image_urls", "image_urls holds at most " + MOST + " addresses");
        }
        return urls.stream().map(ProductImages::requireAddress).toArray(String[]::new);
    }

    private static String requireAddress(String url) {
        String problem = "image_urls must be http(s) addresses of at most " + LONGEST
                + " characters, such as https://cdn.example.com/mug.jpg";
        if (url == null || url.length() > LONGEST || url.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidInputException("image_urls", problem);
        }
        try {
            URI uri = new URI(url);
            boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
            if (!web || uri.getHost() == null || uri.getUserInfo() != null) {
                throw new InvalidInputException("image_urls", problem);
            }
            return url;
        } catch (URISyntaxException e) {
            throw new InvalidInputException("image_urls", problem);
        }
    }
}
