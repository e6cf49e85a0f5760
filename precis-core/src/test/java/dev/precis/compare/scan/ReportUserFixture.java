package dev.precis.compare.scan;

import dev.precis.compare.CrossSourceReport;

/**
 * A class in a {@code compare} sub-package that uses the top-level report, which the architecture rules forbid;
 * {@code ArchitectureTest} checks that they report it. It lives among the tests, so the real rules never see it.
 */
public final class ReportUserFixture {
  private ReportUserFixture() {}

  static int conflicts(CrossSourceReport report) {
    return report.conflicts().size();
  }
}
