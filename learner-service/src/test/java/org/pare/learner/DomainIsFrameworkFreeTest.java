package org.pare.learner;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class DomainIsFrameworkFreeTest {
    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.pare.learner");

    @Test
    void domain_classes_depend_on_no_framework() {
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
                        "com.fasterxml..")
                .allowEmptyShould(false)
                .check(SERVICE);
    }
}
