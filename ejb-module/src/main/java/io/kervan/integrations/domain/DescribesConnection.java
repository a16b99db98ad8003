package io.kervan.integrations.domain;

/**
 * A provider adapter that tells what connecting an account at its provider takes: exactly the credentials, settings
 * and endpoints it reads from a {@link ProviderAccount}.
 */
public interface DescribesConnection {

    ConnectionForm connectionForm();
}
