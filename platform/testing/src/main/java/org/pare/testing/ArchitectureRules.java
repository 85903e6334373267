package org.pare.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The house rules every service checks on its own classes with ArchUnit. */
public final class ArchitectureRules {
    private ArchitectureRules() {}

    /**
     * Classes in any {@code ..domain..} package of {@code servicePackage} use no framework, driver or
     * serialisation library. Fails when there is no domain class at all, so the rule cannot pass
     * vacuously.
     */
    public static void domainDependsOnNoFramework(String servicePackage) {
        noClasses()
                .that()
                .resideInAPackage("..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.micronaut..",
                        "jakarta..",
                        "javax.persistence..",
                        "org.apache.kafka..",
                        "java.sql..",
                        "javax.sql..",
                        "com.fasterxml..",
                        "org.pare.messaging..",
                        "org.pare.web..")
                .allowEmptyShould(false)
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages(servicePackage));
    }
}
