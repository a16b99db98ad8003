package io.kervan.admin;

import io.kervan.webkit.http.NotFoundServlet;
import jakarta.servlet.annotation.WebServlet;

/** Every address of the panel that no page answers: the 404 page (drawn by {@link ErrorPages}). */
@WebServlet("/")
public class NotFoundPage extends NotFoundServlet {
}
