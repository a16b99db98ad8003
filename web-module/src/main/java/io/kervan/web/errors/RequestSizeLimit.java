package io.kervan.web.errors;

import io.kervan.shared.domain.CommonError;
import io.kervan.shared.domain.KervanException;
import jakarta.inject.Inject;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

/**
 * Refuses request bodies over {@code kervan.api.max-body-bytes} with a 413 problem, whether or not the client said
 * how long the body is, before any of it is parsed.
 */
@Provider
public class RequestSizeLimit implements ReaderInterceptor {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");

    @Inject
    @ConfigProperty(name = "kervan.api.max-body-bytes", defaultValue = "1048576")
    int maxBodyBytes;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        String declared = context.getHeaders().getFirst("Content-Length");
        if (declared != null && DIGITS.matcher(declared).matches() && Long.parseLong(declared) > maxBodyBytes) {
            throw tooLarge();
        }
        InputStream body = context.getInputStream();
        byte[] bytes = body.readNBytes(maxBodyBytes + 1);
        if (bytes.length > maxBodyBytes) {
            throw tooLarge();
        }
        context.setInputStream(new ByteArrayInputStream(bytes));
        return context.proceed();
    }

    private KervanException tooLarge() {
        return new KervanException(CommonError.PAYLOAD_TOO_LARGE,
                "Request bodies are limited to " + maxBodyBytes + " bytes");
    }
}
