package io.kervan.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The direction of dependencies inside ejb-module (docs/architecture.md, "Dependencies"). Each capability has the same
 * rooms: {@code domain} (entities, value objects, repository and provider interfaces), {@code application} (services)
 * and {@code infrastructure} (JPA repositories, transports, keys); a kind of provider has its contract in
 * {@code <capability>.provider} and one adapter package per provider below it ({@code payments.provider.stripe},
 * {@code esim.provider.esimgo}, {@code identity.provider.telegram}).
 *
 * <p>Read from the compiled classes (ArchUnit), so a use counts wherever it is written: an import, a fully qualified
 * name, a field, a call. The rules have no exceptions; code that needs one moves instead.
 */
class LayeringTest {

    private static JavaClasses kervan;

    @BeforeAll
    static void importClasses() {
        kervan = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.kervan");
    }

    @Test
    void application_and_domain_use_no_infrastructure() {
        check(noClasses().that().resideInAnyPackage("..application..", "..domain..")
                .should().dependOnClassesThat().resideInAPackage("..infrastructure..")
                .because("services and the domain use domain interfaces; infrastructure implements them"));
    }

    @Test
    void provider_contracts_use_no_infrastructure() {
        check(noClasses().that().resideInAPackage("io.kervan.*.provider")
                .should().dependOnClassesThat().resideInAPackage("..infrastructure..")
                .because("a provider contract speaks Kervan's types only; its adapters do the talking"));
    }

    @Test
    void the_domain_depends_on_no_service_and_no_entity_manager() {
        check(noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAPackage("..application..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .because("the domain is the innermost room"));
    }

    @Test
    void services_use_repositories_not_the_entity_manager() {
        check(noClasses().that().resideInAPackage("..application..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .because("queries live in infrastructure, behind a domain interface"));
    }

    @Test
    void only_a_providers_own_package_and_its_contract_know_its_adapter() {
        check(noClasses().that().resideOutsideOfPackage("io.kervan.*.provider..")
                .should().dependOnClassesThat().resideInAPackage("io.kervan.*.provider.*..")
                .because("callers use the provider contract; an adapter is found by its provider type"));
    }

    @Test
    void capabilities_have_no_dependency_cycles() {
        check(slices().matching("io.kervan.(*)..").should().beFreeOfCycles());
    }

    private static void check(ArchRule rule) {
        rule.check(kervan);
    }
}
