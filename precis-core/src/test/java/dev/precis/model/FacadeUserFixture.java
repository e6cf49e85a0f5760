package dev.precis.model;

import dev.precis.Precis;

/**
 * A class in a stage package that calls the facade, which the architecture rules forbid; {@code ArchitectureTest}
 * checks that they report it. It lives among the tests, so the real rules never see it.
 */
public final class FacadeUserFixture {
  private FacadeUserFixture() {}

  static Summary summarize(Story story) {
    return new Precis().summarize(story);
  }
}
