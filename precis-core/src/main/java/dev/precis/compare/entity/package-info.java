/**
 * Who and where a story names: name mentions clustered into people and organisations ({@link
 * dev.precis.compare.entity.Entities}, compared by {@link dev.precis.compare.entity.Names}, each cluster a {@link
 * dev.precis.compare.entity.Person}), places found by rules and a modest list ({@link
 * dev.precis.compare.entity.Places}, {@link dev.precis.compare.entity.Gazetteer}), and the report's people,
 * organisations and places with their mentions per document ({@link dev.precis.compare.entity.EntityReport}
 * making {@link dev.precis.compare.entity.EntityMentions}).
 *
 * <p>Uses {@code compare.scan} only.
 */
package dev.precis.compare.entity;
