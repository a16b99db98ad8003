package io.kervan.integrations.application;

import io.kervan.integrations.domain.AddressPolicy;
import io.kervan.integrations.domain.AuditEntry;
import io.kervan.integrations.domain.CallGuards;
import io.kervan.integrations.domain.CredentialMode;
import io.kervan.integrations.domain.CredentialVault;
import io.kervan.integrations.domain.Integration;
import io.kervan.integrations.domain.IntegrationError;
import io.kervan.integrations.domain.IntegrationSecret;
import io.kervan.integrations.domain.IntegrationStatus;
import io.kervan.integrations.domain.Integrations;
import io.kervan.integrations.domain.ProviderAccount;
import io.kervan.integrations.domain.ProviderType;
import io.kervan.integrations.domain.Secret;
import io.kervan.shared.domain.Actor;
import io.kervan.shared.domain.CommonError;
import io.kervan.shared.domain.FieldError;
import io.kervan.shared.domain.KervanException;
import io.kervan.shared.domain.JsonDocuments;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Shops connect provider accounts: create, change (including switching between test mode and live), disable. Secrets
 * are sealed by the {@link CredentialVault} before they are stored and are never shown again; every change is
 * audited with who made it. Endpoints (and {@code config} settings named {@code *_endpoint}) must be addresses the
 * {@link AddressPolicy} lets Kervan call, or nothing is stored; a changed integration starts with fresh provider
 * calls (a closed circuit breaker).
 */
@Stateless
public class IntegrationRegistry {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    Integrations integrations;

    @Inject
    CredentialVault vault;

    @Inject
    AddressPolicy addresses;

    @Inject
    CallGuards calls;

    public IntegrationView create(IntegrationChanges request, Actor actor) {
        requireCallableEndpoints(request);
        Integration integration = new Integration(request.providerType(), request.name(), request.description(),
                request.status() == null ? IntegrationStatus.TEST_MODE : request.status(), request.apiEndpoint(),
                request.testEndpoint(), json(request.config()));
        integrations.add(integration);
        storeSecrets(integration, request.secrets());
        integrations.record(new AuditEntry(actor, "integration.created", "integration", integration.id(),
                summary(integration, request.secrets())));
        return view(integration);
    }

    public IntegrationView change(UUID id, IntegrationChanges request, Actor actor) {
        requireCallableEndpoints(request);
        Integration integration = load(id);
        calls.forget(id);
        integration.edit(request.name(), request.description(), request.apiEndpoint(), request.testEndpoint(),
                request.config() == null ? null : json(request.config()));
        if (request.status() != null && request.status() != integration.status()) {
            IntegrationStatus previous = integration.switchTo(request.status());
            integrations.record(new AuditEntry(actor, "integration.status_changed", "integration", id,
                    previous.code() + " -> " + request.status().code()));
        }
        storeSecrets(integration, request.secrets());
        integrations.record(new AuditEntry(actor, "integration.updated", "integration", id,
                summary(integration, request.secrets())));
        return view(integration);
    }

    public IntegrationView disable(UUID id, Actor actor) {
        return change(id, new IntegrationChanges(null, null, null, IntegrationStatus.INACTIVE, null, null, null, null),
                actor);
    }

    /** Stores the outcome of a credential test on the integration, and audits it. */
    public IntegrationView recordTest(UUID id, boolean ok, String message, Actor actor) {
        Integration integration = load(id);
        integration.recordTest(ok, message);
        integrations.record(new AuditEntry(actor, "integration.tested", "integration", id,
                (ok ? "ok: " : "failed: ") + message + " (" + integration.mode().name().toLowerCase() + " keys)"));
        return view(integration);
    }

    public List<IntegrationView> list() {
        return integrations.listAll().stream().map(this::view).toList();
    }

    public IntegrationView show(UUID id) {
        return view(load(id));
    }

    public List<AuditView> auditLog(int limit) {
        return integrations.auditLog(limit).stream().map(AuditView::of).toList();
    }

    /** The newest entries about one of the shop's integrations (another shop's id is not found). */
    public List<AuditView> auditLogOf(UUID id, int limit) {
        load(id);
        return integrations.auditLogOf(id, limit).stream().map(AuditView::of).toList();
    }

    /** The integration's secrets for the mode it runs in now, opened: for provider adapters only. */
    private Map<String, Secret> currentCredentials(Integration integration) {
        Map<String, Secret> opened = new TreeMap<>();
        for (IntegrationSecret secret : integrations.secretsOf(integration.id())) {
            if (secret.mode() == integration.mode()) {
                opened.put(secret.name(), vault.open(secret.sealed()));
            }
        }
        return opened;
    }

    /**
     * The shop's account at a provider as calls must use it now: its live integration if it has one, else its test-mode
     * one. Inactive integrations take no traffic.
     */
    public Optional<ProviderAccount> accountFor(ProviderType type) {
        return integrations.listAll().stream()
                .filter(i -> i.providerType() == type && i.status() != IntegrationStatus.INACTIVE)
                .min(java.util.Comparator.comparing(i -> i.status() == IntegrationStatus.ACTIVE ? 0 : 1))
                .map(this::connected);
    }

    /** The kinds of provider the shop has connected and switched on (test mode or live); no secret is opened. */
    public Set<ProviderType> connectedTypes() {
        return integrations.listAll().stream().filter(i -> i.status() != IntegrationStatus.INACTIVE)
                .map(Integration::providerType)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ProviderType.class)));
    }

    /** Platform work (timers): the active shops connected to {@code type}, in test mode or live. */
    public List<UUID> tenantsConnectedAcrossTenants(ProviderType type) {
        return integrations.tenantsConnectedAcrossTenants(type);
    }

    /** One integration ready for calls, whatever its status (webhooks about earlier payments still arrive). */
    public Optional<ProviderAccount> account(UUID id) {
        return integrations.find(id).map(this::connected);
    }

    private ProviderAccount connected(Integration i) {
        return new ProviderAccount(i.id(), i.providerType(), i.mode(), i.endpointForCurrentMode(),
                currentCredentials(i), config(i));
    }

    private void storeSecrets(Integration integration, Map<String, Secret> secrets) {
        if (secrets == null || secrets.isEmpty()) {
            return;
        }
        CredentialMode mode = integration.mode();
        List<IntegrationSecret> existing = integrations.secretsOf(integration.id());
        secrets.forEach((name, value) -> {
            Optional<IntegrationSecret> same = existing.stream()
                    .filter(s -> s.name().equals(name) && s.mode() == mode).findFirst();
            if (same.isPresent()) {
                same.get().replace(vault.seal(value), value.lastFour());
            } else {
                integrations.addSecret(new IntegrationSecret(integration.id(), name, mode, vault.seal(value),
                        value.lastFour()));
            }
        });
    }

    private IntegrationView view(Integration integration) {
        return IntegrationView.of(integration, integrations.secretsOf(integration.id()), config(integration));
    }

    private Integration load(UUID id) {
        return integrations.find(id).orElseThrow(() -> new KervanException(IntegrationError.INTEGRATION_NOT_FOUND,
                "This shop has no integration with the id " + id));
    }

    /** Refuses, naming each field, endpoints that are not https or point at an address Kervan does not call. */
    private void requireCallableEndpoints(IntegrationChanges request) {
        Map<String, Object> endpoints = new java.util.LinkedHashMap<>();
        endpoints.put("api_endpoint", request.apiEndpoint());
        endpoints.put("test_endpoint", request.testEndpoint());
        if (request.config() != null) {
            request.config().forEach((key, value) -> {
                if (key.endsWith("_endpoint")) {
                    endpoints.put("config." + key, value);
                }
            });
        }
        List<FieldError> errors = new ArrayList<>();
        endpoints.forEach((field, value) -> {
            if (value != null && !value.toString().isBlank()) {
                addresses.refusal(value.toString()).ifPresent(why -> errors.add(new FieldError(field,
                        field + " " + why)));
            }
        });
        if (!errors.isEmpty()) {
            throw new KervanException(CommonError.VALIDATION_FAILED, errors.stream().map(FieldError::message)
                    .collect(java.util.stream.Collectors.joining("; ")), Map.of("errors", errors));
        }
    }

    /** What changed, for the audit log: names of secrets and their mode, never their values. */
    private static String summary(Integration integration, Map<String, Secret> secrets) {
        List<String> parts = new ArrayList<>();
        parts.add("status=" + integration.status().code());
        if (secrets != null && !secrets.isEmpty()) {
            parts.add(integration.mode().name().toLowerCase() + " credentials set: "
                    + String.join(", ", new TreeMap<>(secrets).keySet()));
        }
        return String.join("; ", parts);
    }

    private static String json(Map<String, Object> config) {
        return config == null ? "{}" : JSON.toJson(config);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> config(Integration integration) {
        JsonObject object = JsonDocuments.parse(integration.config());
        return JSON.fromJson(object.toString(), Map.class);
    }
}
