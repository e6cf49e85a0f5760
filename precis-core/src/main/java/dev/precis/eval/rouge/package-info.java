/**
 * ROUGE evaluation that reproduces the official ROUGE-1.5.5 Perl scorer.
 *
 * <p>Typical use:
 *
 * <pre>{@code
 * RougeResources data = RougeResources.load(rougeDir);        // ../shared/data/rouge
 * Rouge rouge = new Rouge(RougeOptions.duc(), data);           // or multinews(), parse("-n 2 ...")
 * Map<String, Score> s = rouge.score(peerSentences, List.of(ref1Sentences, ref2Sentences));
 * double r1 = s.get("ROUGE-1").recall();
 * Map<String, RougeAggregate.Estimate> avg = RougeAggregate.bootstrap(allCaseScores, rouge.options());
 * }</pre>
 *
 * <p>{@link dev.precis.eval.rouge.Rouge} scores one case, {@link dev.precis.eval.rouge.RougeOptions}
 * mirrors ROUGE's flags, {@link dev.precis.eval.rouge.RougeResources} holds ROUGE's stop-word list
 * and WordNet exception table (read at run time, never copied into the project) and {@link
 * dev.precis.eval.rouge.RougeAggregate} computes ROUGE's bootstrap averages and confidence
 * intervals. The test {@code RougeFixtureTest} checks every figure of {@code
 * ../shared/data/rouge-fixtures.jsonl}.
 */
package dev.precis.eval.rouge;
