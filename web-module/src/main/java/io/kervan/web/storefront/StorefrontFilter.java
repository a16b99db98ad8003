package io.kervan.web.storefront;

import io.kervan.shared.domain.ErrorCode;
import io.kervan.shared.domain.KervanException;
import io.kervan.tenancy.domain.TenancyError;
import io.kervan.tenancy.domain.TenantRef;
import io.kervan.web.errors.Problem;
import io.kervan.web.json.JsonConfiguration;
import io.kervan.webkit.ShopDoor;
import io.kervan.webkit.http.HtmlResponse;
import io.kervan.webkit.render.ErrorPageKit;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The storefront's door, for every address outside {@code /api}: the shop from the Host header (an unknown one is a
 * 404, a page for browsers and problem JSON for others), the visit (language, session), the form token of every post
 * (a post without a valid one is refused with a page that says so, and nothing runs), and the error pages.
 */
@WebFilter(urlPatterns = "/*")
public class StorefrontFilter extends HttpFilter {

    /** Arquillian's servlet, which in-container tests add to this WAR; a built EAR has no servlet of that name. */
    private static final String ARQUILLIAN_RUNNER = "ArquillianServletRunner";

    @Inject
    ShopDoor door;

    @Inject
    Visit visit;

    @Inject
    ErrorPages errors;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI();
        if (path.startsWith("/api/") || path.equals("/api") || path.startsWith("/assets/")
                || path.equals("/error-problem") || isArquillianRunner(request)) {
            chain.doFilter(request, response);
            return;
        }
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Optional<TenantRef> shop = door.enter(request.getHeader("Host"));
        if (shop.isEmpty()) {
            noShop(request, response);
            return;
        }
        visit.open(request, response, shop.get());
        try {
            if ("POST".equals(request.getMethod()) && !visit.postIsGenuine()) {
                errors.formRefused(response);
                return;
            }
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            Throwable cause = ErrorPageKit.cause(e);
            if (cause instanceof KervanException expected && !response.isCommitted()
                    && !HtmlResponse.wantsHtml(request)) {
                problem(response, expected.errorCode(), expected.detail(), expected.properties());
            } else {
                errors.failed(response, cause);
            }
        }
    }

    /** No active shop here: browsers get a plain page (there is no shop to dress it), API clients problem JSON. */
    private static void noShop(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (HtmlResponse.wantsHtml(request)) {
            HtmlResponse.sendPlain(request, response, 404, "No shop here", "There is no shop at this address. Check "
                    + "the address you typed or the link you followed.", "Bu adreste bir mağaza yok. Yazdığınız "
                    + "adresi ya da izlediğiniz bağlantıyı kontrol edin.");
            return;
        }
        problem(response, TenancyError.TENANT_NOT_FOUND, "No shop answers at this address", Map.of());
    }

    /** What a client that does not ask for HTML gets instead of a page: the API's problem JSON. */
    private static void problem(HttpServletResponse response, ErrorCode error, String detail,
                                Map<String, Object> extra) throws IOException {
        response.setStatus(error.httpStatus());
        response.setContentType(Problem.MEDIA_TYPE.toString());
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JsonConfiguration.jsonb().toJson(Problem.body(error, detail, extra)));
    }

    private static boolean isArquillianRunner(HttpServletRequest request) {
        return request.getHttpServletMapping().getServletName().startsWith(ARQUILLIAN_RUNNER);
    }
}
