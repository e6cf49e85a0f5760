package dev.precis.spark;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One story of the output.
 *
 * @param id {@code s} and the arrival number (from 1) of the article that opened it: the same whatever the
 *     partitioning
 * @param start date of its oldest dated article, or null
 * @param end date of its newest dated article, or null
 * @param articles its articles' ids in arrival order
 * @param outlets the distinct sources of its articles, in arrival order
 * @param report its cited summary and cross-source report as {@link dev.precis.json.PrecisJson} writes them, or
 *     null when summaries are off or the story could not be summarized
 */
record StoryRow(String id, LocalDateTime start, LocalDateTime end, List<String> articles, List<String> outlets,
    String report) implements Serializable {}
