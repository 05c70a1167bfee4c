package org.mcmock.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The server's packages name its architecture, and each can be read on its own: none depends, through any chain,
 * on a package that depends on it. The root package ({@code MediaCollectionMock}, {@code MediaCollectionExtension})
 * assembles the others, so it is a slice of its own that no other package may reach back into.
 */
@AnalyzeClasses(packages = "org.mcmock", importOptions = ImportOption.DoNotIncludeTests.class)
class PackagesTest {

  private static final String ROOT = "org.mcmock";

  /** {@code org.mcmock.session.x.Y} belongs to {@code session}; {@code org.mcmock.Y} to the root package. */
  private static final SliceAssignment TOP_LEVEL_PACKAGES = new SliceAssignment() {
    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
      String name = javaClass.getPackageName();
      if (name.equals(ROOT)) {
        return SliceIdentifier.of("the root package");
      }
      return name.startsWith(ROOT + ".")
          ? SliceIdentifier.of(name.substring(ROOT.length() + 1).split("\\.")[0])
          : SliceIdentifier.ignore();
    }

    @Override
    public String getDescription() {
      return "the packages of " + ROOT + ", its root package included";
    }
  };

  @ArchTest
  static final ArchRule packagesFormNoCycle = slices().assignedFrom(TOP_LEVEL_PACKAGES).should().beFreeOfCycles();
}
