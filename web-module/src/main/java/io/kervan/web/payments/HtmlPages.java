package io.kervan.web.payments;

/** The few pages Kervan serves to shoppers during a payment (the sandbox gateway's, the card page): plain HTML. */
final class HtmlPages {

    private HtmlPages() {
    }

    static String page(String title, String body) {
        return "<!doctype html><html lang=en><head><meta charset=utf-8><title>" + title + "</title>"
                + "<meta name=viewport content=\"width=device-width, initial-scale=1\">"
                + "<style>body{font-family:sans-serif;max-width:28rem;margin:3rem auto}button{margin:.3rem}"
                + ".amount{font-size:2rem}label{display:block;margin:.6rem 0}input{display:block;padding:.3rem}"
                + "</style></head><body><h1>" + title + "</h1>" + body + "</body></html>";
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
