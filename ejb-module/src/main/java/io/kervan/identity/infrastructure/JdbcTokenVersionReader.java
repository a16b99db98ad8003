package io.kervan.identity.infrastructure;

import io.kervan.identity.domain.Realm;
import io.kervan.identity.domain.TokenVersionReader;
import io.kervan.tenancy.application.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * One row's token version with plain JDBC, naming the tenant itself. It runs outside a transaction, in the request's
 * token check, where Hibernate's tenant filter cannot be trusted: WildFly keeps one entity manager for a request's
 * work outside transactions, and it may have been opened (with its tenant) before the request's tenant was known.
 */
@ApplicationScoped
public class JdbcTokenVersionReader implements TokenVersionReader {

    private static final String CUSTOMER = "select token_version from customers where tenant_id = ? and id = ?";
    private static final String STAFF = "select token_version from staff_members where tenant_id = ? and id = ?";

    @PersistenceContext(unitName = "kervan")
    EntityManager em;

    @Inject
    TenantContext tenantContext;

    @Override
    public OptionalLong current(Realm realm, UUID accountId) {
        String sql = switch (realm) {
            case CUSTOMER -> CUSTOMER;
            case STAFF -> STAFF;
            case PLATFORM -> throw new IllegalArgumentException("Operators' tokens have no version");
        };
        UUID tenant = tenantContext.require().id();
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setObject(1, tenant);
                select.setObject(2, accountId);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
                }
            }
        });
    }
}
