package io.peerplan.export.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * sshj stays an implementation detail (stack.md): no public type of the push package shows an sshj
 * or BouncyCastle type in a public signature, so peerplan.export need not {@code requires transitive}
 * them and the app never sees them.
 */
class PushApiTest {
    private static final List<String> HIDDEN = List.of("net.schmizz.", "com.hierynomus.", "org.bouncycastle.");

    @Test
    void noSshjTypeInThePublicApi() {
        JavaClasses push = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.peerplan.export.push");
        List<String> leaks = new ArrayList<>();
        for (JavaClass c : push) {
            if (!c.getModifiers().contains(JavaModifier.PUBLIC)) {
                continue;
            }
            c.getRawSuperclass().ifPresent(s -> check(leaks, c.getName() + " extends", s));
            c.getRawInterfaces().forEach(i -> check(leaks, c.getName() + " implements", i));
            for (JavaCodeUnit m : c.getCodeUnits()) {
                if (m.getModifiers().contains(JavaModifier.PUBLIC)) {
                    check(leaks, m.getFullName() + " returns", m.getRawReturnType());
                    m.getRawParameterTypes().forEach(p -> check(leaks, m.getFullName() + " takes", p));
                }
            }
        }
        assertThat(push.stream().filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))).isNotEmpty();
        assertThat(leaks).isEmpty();
    }

    private static void check(List<String> leaks, String where, JavaClass type) {
        if (HIDDEN.stream().anyMatch(type.getName()::startsWith)) {
            leaks.add(where + " " + type.getName());
        }
    }
}
