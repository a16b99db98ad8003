package io.kervan.identity.domain;

import java.util.Optional;

public interface PlatformOperators {

    Optional<PlatformOperator> findByEmail(String email);

    void add(PlatformOperator operator);
}
