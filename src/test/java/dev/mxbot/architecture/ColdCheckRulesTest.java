package dev.mxbot.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Comparator;

/**
 * What a cold {@code check} must not run (see architecture.md, "A cold check"): code whose classes
 * no class cache can hold, so that the JVM generates them on every run.
 */
@AnalyzeClasses(packages = "dev.mxbot", importOptions = ImportOption.DoNotIncludeTests.class)
class ColdCheckRulesTest {

  private static final DescribedPredicate<JavaMethodCall> COMPARATOR_COMBINATOR =
      DescribedPredicate.describe(
          "Comparator.comparing…/thenComparing…",
          call ->
              call.getTargetOwner().isEquivalentTo(Comparator.class)
                  && (call.getName().startsWith("comparing")
                      || call.getName().startsWith("thenComparing")));

  /**
   * {@code Comparator.comparing(…)} and its kin return serializable lambdas, linked through {@code
   * LambdaMetafactory.altMetafactory}, which JDK 25's AOT cache does not hold: each would be
   * generated, with the class-file API, in every cold check (about 9 ms for the first ones, on the
   * thread that reads the knowledge files). Orders are written out instead. The audit and the
   * in-process DNS server are not on a check's path.
   */
  @ArchTest
  static final ArchRule noComparatorCombinatorsOnACheckPath =
      noClasses()
          .that()
          .resideOutsideOfPackages("dev.mxbot.audit..", "dev.mxbot.dns.server..")
          .should()
          .callMethodWhere(COMPARATOR_COMBINATOR)
          .because("a cold check would generate a class for each (see architecture.md)");
}
