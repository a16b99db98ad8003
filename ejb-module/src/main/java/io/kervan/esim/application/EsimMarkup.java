package io.kervan.esim.application;

import io.kervan.esim.domain.MarkupRule;
import io.kervan.integrations.application.IntegrationChanges;
import io.kervan.integrations.application.IntegrationRegistry;
import io.kervan.shared.domain.Actor;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.Map;

/**
 * The shop's eSIM markup: one {@link MarkupRule} per shop, kept in its eSIM Go integration's {@code config} (where the
 * catalogue sync reads it). A change is audited like any change to the integration, and the offered bundles'
 * products are priced again at once from the costs the last sync saw, so the storefront and new orders charge the new
 * price without waiting for the next sync.
 */
@Stateless
public class EsimMarkup {

    @Inject
    EsimGoConnections connections;

    @Inject
    IntegrationRegistry integrations;

    @EJB
    CatalogueMirror mirror;

    public MarkupView show() {
        return MarkupView.of(connections.current());
    }

    public MarkupView change(MarkupRule rule, Actor actor) {
        EsimGoSettings settings = connections.current();
        Map<String, Object> config = new HashMap<>(settings.account().config());
        config.put("markup_percent", rule.percent());
        config.put("markup_fixed", rule.fixed());
        config.put("rounding_step", rule.step());
        if (rule.ending() == null) {
            config.remove("price_ending");
        } else {
            config.put("price_ending", rule.ending());
        }
        integrations.change(settings.integrationId(),
                new IntegrationChanges(null, null, null, null, null, null, config, null), actor);
        EsimGoSettings changed = new EsimGoSettings(settings.integrationId(), settings.account(), rule,
                settings.currency());
        mirror.reprice(changed);
        return MarkupView.of(changed);
    }
}
