package io.kervan.web.storefront;

import io.kervan.webkit.http.NotFoundServlet;
import jakarta.servlet.annotation.WebServlet;

/** Every address of a shop that no page answers: the 404 page in the shop's look (drawn by {@link ErrorPages}). */
@WebServlet("/")
public class NotFoundPage extends NotFoundServlet {
}
