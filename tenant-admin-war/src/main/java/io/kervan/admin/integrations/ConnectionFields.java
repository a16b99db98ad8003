package io.kervan.admin.integrations;

import io.kervan.admin.StaffVisit;
import io.kervan.integrations.application.IntegrationRequest;
import io.kervan.integrations.domain.ConnectionForm;
import io.kervan.integrations.domain.CredentialField;
import io.kervan.integrations.domain.ProviderType;
import io.kervan.shared.domain.CommonError;
import io.kervan.shared.domain.FieldError;
import io.kervan.shared.domain.KervanException;
import io.kervan.webkit.form.FormCheck;
import io.kervan.webkit.form.FormErrors;
import io.kervan.webkit.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The integration forms of the panel, drawn from an adapter's {@link ConnectionForm}: what was typed, turned into the
 * API's own {@link IntegrationRequest} (so its constraints are the rules), and what is wrong with it. An empty secret
 * keeps the stored one; settings are merged into the integration's {@code config}, so keys the form does not show
 * (the eSIM markup rule, say) stay as they are.
 */
@RequestScoped
public class ConnectionFields {

    static final FormCheck CHECK = new FormCheck(
            List.of("name", "api_key", "api_secret", "webhook_secret", "test_endpoint", "api_endpoint", "config"),
            Map.of("apiKey", "api_key", "apiSecret", "api_secret", "webhookSecret", "webhook_secret",
                    "testEndpoint", "test_endpoint", "apiEndpoint", "api_endpoint"), "integrations.error.");
    private static final Set<String> SECRETS = Set.of("api_key", "api_secret", "webhook_secret");

    @Inject
    Validator validator;

    @Inject
    StaffVisit visit;

    /** The named fields as typed, stripped ({@code name} too when {@code withName}). */
    Map<String, String> read(HttpServletRequest request, List<CredentialField> fields, boolean withName) {
        Map<String, String> typed = new LinkedHashMap<>();
        if (withName) {
            typed.put("name", value(request, "name"));
        }
        fields.forEach(field -> typed.put(field.name(), value(request, field.name())));
        return typed;
    }

    /** The typed fields as the API's request; {@code stored} is the integration's config now (empty for a new one). */
    IntegrationRequest request(String providerType, String status, Map<String, String> typed,
                               List<CredentialField> fields, Map<String, Object> stored) {
        Map<String, Object> config = null;
        if (fields.stream().anyMatch(f -> f.kind() == CredentialField.Kind.SETTING)) {
            config = new LinkedHashMap<>(stored);
            for (CredentialField field : fields) {
                if (field.kind() == CredentialField.Kind.SETTING) {
                    String value = typed.get(field.name());
                    if (value.isEmpty()) {
                        config.remove(field.name());
                    } else {
                        config.put(field.name(), value);
                    }
                }
            }
        }
        fields.stream().filter(CredentialField::secret).filter(f -> !SECRETS.contains(f.name())).findAny()
                .ifPresent(f -> {
                    throw new IllegalStateException("The API takes no credential named " + f.name());
                });
        return new IntegrationRequest(providerType, typed.get("name"), null, status, given(typed, "api_key"),
                given(typed, "api_secret"), given(typed, "webhook_secret"), given(typed, "api_endpoint"),
                given(typed, "test_endpoint"), config);
    }

    /**
     * What is wrong, field by field in the form's order: the API's constraints, then the fields the adapter needs
     * that are empty ({@code storedSecrets}: the secrets the mode has already, which an empty field keeps).
     */
    FormErrors check(IntegrationRequest request, Map<String, String> typed, ProviderType type,
                     List<CredentialField> fields, Set<String> storedSecrets) {
        Texts texts = visit.texts();
        FormErrors broken = CHECK.check(validator, request, texts);
        FormErrors errors = new FormErrors();
        if (typed.containsKey("name") && broken.of("name") != null) {
            errors.add("name", broken.of("name"));
        }
        for (CredentialField field : fields) {
            String empty = typed.get(field.name()).isEmpty() && field.required()
                    && !(field.secret() && storedSecrets.contains(field.name()))
                    ? texts.text("integrations.error.required", label(type, field)) : null;
            String problem = broken.of(field.name()) != null ? broken.of(field.name()) : empty;
            if (problem != null) {
                errors.add(field.name(), problem);
            }
        }
        if (broken.of("config") != null) {
            errors.add(fields.isEmpty() ? "name" : fields.get(0).name(), broken.of("config"));
        }
        return errors;
    }

    /** The addresses the registry refused ({@code config.soap_endpoint} is the form's {@code soap_endpoint}). */
    FormErrors refused(KervanException refusal) {
        if (refusal.errorCode() != CommonError.VALIDATION_FAILED) {
            throw refusal;
        }
        FormErrors errors = new FormErrors();
        for (Object error : (List<?>) refusal.properties().getOrDefault("errors", List.of())) {
            String field = ((FieldError) error).field().replaceFirst("^config\\.", "");
            errors.add(field, visit.texts().text("integrations.error.address"));
        }
        return errors;
    }

    /** The fields as the page shows them; {@code masked}: the stored secrets of the mode the fields are for. */
    List<FieldView> views(ProviderType type, List<CredentialField> fields, Map<String, String> typed,
                          Map<String, String> masked) {
        return fields.stream().map(f -> new FieldView(f.name(), label(type, f), help(type, f), f.secret(),
                f.required() && !(f.secret() && masked.containsKey(f.name())),
                f.secret() ? "" : typed.getOrDefault(f.name(), ""), f.secret() ? masked.get(f.name()) : null,
                f.choices().stream().map(choice -> new FieldView.Choice(choice, choiceLabel(type, f, choice)))
                        .toList())).toList();
    }

    /** The field's label in the page's language: the panel's text for it when there is one, else the adapter's. */
    String label(ProviderType type, CredentialField field) {
        String key = "integrations.field." + type.code() + "." + field.name();
        return visit.texts().has(key) ? visit.texts().text(key) : field.label();
    }

    private String choiceLabel(ProviderType type, CredentialField field, String choice) {
        String key = "integrations.field." + type.code() + "." + field.name() + "." + choice;
        return visit.texts().has(key) ? visit.texts().text(key) : choice;
    }

    private String help(ProviderType type, CredentialField field) {
        String key = "integrations.field." + type.code() + "." + field.name() + ".help";
        return visit.texts().has(key) ? visit.texts().text(key) : field.help();
    }

    private static String given(Map<String, String> typed, String name) {
        String value = typed.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    private static String value(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value.strip();
    }
}
