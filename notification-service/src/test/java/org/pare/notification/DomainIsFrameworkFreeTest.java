package org.pare.notification;

import org.junit.jupiter.api.Test;
import org.pare.testing.ArchitectureRules;

class DomainIsFrameworkFreeTest {

    @Test
    void domain_classes_depend_on_no_framework() {
        ArchitectureRules.domainDependsOnNoFramework("org.pare.notification");
    }
}
