/**
 * The statements of a story and who carries them: {@link dev.precis.compare.statement.Statements} turns the
 * redundancy groups of the analyzed story into {@link dev.precis.compare.statement.Statement}s several
 * independent outlets corroborate, the ones only one outlet carries, and the {@link
 * dev.precis.compare.statement.OutletSharing} matrix. Works in any language.
 *
 * <p>Uses no other {@code compare} package.
 */
package dev.precis.compare.statement;
