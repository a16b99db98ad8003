package io.kervan.web.storefront.checkout;

import io.kervan.web.orders.PlaceOrderRequest;
import io.kervan.webkit.form.FormErrors;
import io.kervan.webkit.i18n.Texts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The checkout form's values as the shopper typed them (kept when the form comes back with errors), checked by the
 * very rules of {@code POST /api/orders/} ({@link PlaceOrderRequest}'s constraints): the page only says them in the
 * shopper's language, one message per field.
 */
public final class CheckoutForm {

    /** The form's fields in the order the page shows them (and the error summary lists them). */
    public static final List<String> CONTACT = List.of("email", "first_name", "last_name", "phone");
    public static final List<String> ADDRESS = List.of("address_line1", "address_line2", "city", "postal_code",
            "country");
    private static final Map<String, String> FIELD_OF_PROPERTY = Map.of(
            "customerEmail", "email", "customerFirstName", "first_name", "customerLastName", "last_name",
            "customerPhone", "phone", "shippingAddress.addressLine1", "address_line1",
            "shippingAddress.addressLine2", "address_line2", "shippingAddress.city", "city",
            "shippingAddress.postalCode", "postal_code", "shippingAddress.country", "country");
    private static final int MAX_LENGTH = 300;

    private final Map<String, String> values = new LinkedHashMap<>();
    private final boolean needsShipping;

    private CheckoutForm(boolean needsShipping) {
        this.needsShipping = needsShipping;
    }

    public static CheckoutForm empty(boolean needsShipping, String defaultCountry) {
        CheckoutForm form = new CheckoutForm(needsShipping);
        form.values.put("country", defaultCountry);
        return form;
    }

    public static CheckoutForm read(HttpServletRequest request, boolean needsShipping) {
        CheckoutForm form = new CheckoutForm(needsShipping);
        for (String field : fields()) {
            String value = request.getParameter(field);
            value = value == null ? "" : value.strip();
            form.values.put(field, value.length() > MAX_LENGTH ? value.substring(0, MAX_LENGTH) : value);
        }
        form.values.put("phone", form.values.get("phone").replaceAll("[\\s().-]", ""));
        return form;
    }

    /** Fills a field in before the shopper sees the form (what the shop already knows of them). */
    public void prefill(String field, String value) {
        values.put(field, value);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public Map<String, String> values() {
        return values;
    }

    public boolean needsShipping() {
        return needsShipping;
    }

    /** The order request these values make for {@code cartId}; empty optional fields are left out. */
    public PlaceOrderRequest request(UUID cartId, UUID shippingMethodId) {
        PlaceOrderRequest.Address address = needsShipping ? new PlaceOrderRequest.Address(value("address_line1"),
                blankToNull(value("address_line2")), value("city"), value("postal_code"), value("country")) : null;
        return new PlaceOrderRequest(cartId, value("email"), value("first_name"), value("last_name"),
                blankToNull(value("phone")), address, shippingMethodId);
    }

    /** What the order API's rules find wrong, as this form's fields, each with its message in the page's language. */
    public FormErrors check(Validator validator, Texts texts, UUID cartId, UUID shippingMethodId) {
        Set<ConstraintViolation<PlaceOrderRequest>> violations =
                validator.validate(request(cartId, shippingMethodId));
        FormErrors errors = new FormErrors();
        for (String field : fields()) {
            violations.stream().filter(v -> field.equals(FIELD_OF_PROPERTY.get(v.getPropertyPath().toString())))
                    .findFirst().ifPresent(v -> errors.add(field, texts.text("checkout.error." + field)));
        }
        return errors;
    }

    private static List<String> fields() {
        return Stream.concat(CONTACT.stream(), ADDRESS.stream()).toList();
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
