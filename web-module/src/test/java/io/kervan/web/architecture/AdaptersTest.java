package io.kervan.web.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Resources and pages are adapters: HTTP in, one application service call, a view out (docs/architecture.md,
 * "Dependencies"). They reach ejb-module through its services, its domain's values and errors, and the provider
 * contracts; never through its infrastructure, a provider's adapter, an entity's constructor or an EntityManager.
 * {@code io.kervan.web.config} is wiring, not an adapter: the ConfigSource that serves the token verification key
 * reads the signing key where it is loaded, before CDI exists.
 */
class AdaptersTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.kervan");
    }

    @Test
    void resources_and_pages_build_no_entities() {
        check(noClasses().that().resideInAPackage("io.kervan.web..")
                .should().callConstructorWhere(target(owner(annotatedWith(Entity.class))))
                .because("an application service builds and stores entities"));
    }

    @Test
    void resources_and_pages_use_no_infrastructure_and_no_entity_manager() {
        check(noClasses().that().resideInAPackage("io.kervan.web..").and().resideOutsideOfPackage("io.kervan.web.config")
                .should().dependOnClassesThat().resideInAPackage("io.kervan..infrastructure..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .because("resources call application services"));
    }

    @Test
    void resources_and_pages_use_no_provider_adapter() {
        check(noClasses().that().resideInAPackage("io.kervan.web..")
                .should().dependOnClassesThat().resideInAPackage("io.kervan.*.provider.*..")
                .because("a provider's adapter is reached through its contract or an application service"));
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }
}
