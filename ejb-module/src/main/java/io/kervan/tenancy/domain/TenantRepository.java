package io.kervan.tenancy.domain;

import java.util.List;
import java.util.Optional;

public interface TenantRepository {

    Optional<Tenant> findBySlug(String slug);

    Optional<Tenant> findById(java.util.UUID id);

    boolean slugExists(String slug);

    void add(Tenant tenant);

    List<Tenant> listAll();
}
