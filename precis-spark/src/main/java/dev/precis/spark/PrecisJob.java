package dev.precis.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.cluster.DocumentFrequencies;
import dev.precis.cluster.SimilarityKeys;
import dev.precis.ingest.Skips;
import dev.precis.model.Document;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * {@code PrecisJob --input PATH... --output DIR}: clusters an archive of articles into stories and summarizes each
 * one, on Spark, with the same library inside the executors that {@code precis cluster} runs on one machine.
 *
 * <ol>
 *   <li><b>read</b>: each input file is read by the library in one task (a file of uncompressed article rows
 *       larger than {@code --split-mb} in parts cut at line ends, a task each); articles are numbered in arrival
 *       order (inputs as named, files by path, records in file order);
 *   <li><b>frequencies</b>: the document frequencies of the clusterer's terms over the whole collection, counted
 *       per partition and merged, then broadcast;
 *   <li><b>blocking</b>: MinHash keys of each article's heaviest terms ({@link SimilarityKeys}) within its time
 *       slot, and the next slot's when it lies in that slot's overlap ({@link Blocking}); articles sharing a key are
 *       linked, buckets of more than {@code --max-bucket} articles left out; the linked components are the blocks,
 *       cut at {@code --max-group} articles;
 *   <li><b>stories</b>: each block's articles, sorted by arrival, go through the library's online clusterer
 *       ({@link BlockClustering}), inside {@code mapPartitions}, the previous slot's overlap as context;
 *   <li><b>borders</b>: a story that took context articles continues the story most of them are at home in;
 *   <li><b>summaries</b>: the stories joined across borders, spread evenly over the partitions again, each through
 *       the facade's report;
 *   <li><b>output</b>: {@code DIR/stories} and {@code DIR/articles}, JSONL or Parquet.
 * </ol>
 */
public final class PrecisJob {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Tasks of the summaries stage per partition. */
  private static final int SUMMARY_TASKS = 4;

  private PrecisJob() {}

  public static void main(String[] args) {
    JobOptions options;
    try {
      options = JobOptions.parse(args);
    } catch (JobOptions.UsageException e) {
      System.err.println("precis-spark: " + e.getMessage());
      System.err.println(JobOptions.USAGE);
      System.exit(2);
      return;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("precis");
    if (options.master() != null) {
      builder.master(options.master());
    }
    SparkSession spark = builder.getOrCreate();
    int code = 0;
    try {
      System.out.print(run(spark, options).describe());
    } catch (JobOptions.UsageException e) {
      System.err.println("precis-spark: " + e.getMessage());
      code = 2;
    } finally {
      spark.stop();
    }
    System.exit(code);
  }

  /** Runs the job on a session the caller owns; what it did, for the summary. */
  static JobSummary run(SparkSession spark, JobOptions o) throws JobOptions.UsageException {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration conf = jsc.hadoopConfiguration();
    List<String> files;
    List<InputFiles.Part> parts;
    try {
      files = InputFiles.list(o.inputs(), conf);
      parts = InputFiles.parts(files, conf, o.splitBytes());
      Path out = new Path(o.output());
      if (out.getFileSystem(conf).exists(out)) {
        throw new JobOptions.UsageException("output " + o.output() + " exists; give a new directory");
      }
    } catch (IOException e) {
      throw new JobOptions.UsageException("cannot list the inputs (" + e.getMessage() + ")");
    }
    JobSummary summary = new JobSummary(o, files.size());
    summary.readParts(parts.size());
    try (JobMetrics metrics = new JobMetrics()) {
      spark.sparkContext().addSparkListener(metrics);
      try {
        stages(spark, jsc, o, parts, summary);
      } finally {
        spark.sparkContext().removeSparkListener(metrics);
      }
      summary.metrics(metrics);
    }
    return summary;
  }

  private static void stages(SparkSession spark, JavaSparkContext jsc, JobOptions o, List<InputFiles.Part> inputs,
      JobSummary summary) {
    int partitions = o.partitions() > 0 ? o.partitions() : Math.max(2, jsc.defaultParallelism() * 2);
    Map<Skips.Kind, LongAccumulator> skipped = InputFiles.accumulators(spark.sparkContext());
    LongAccumulator giantBuckets = spark.sparkContext().longAccumulator("buckets left out");
    LongAccumulator failedSummaries = spark.sparkContext().longAccumulator("stories not summarized");
    CollectionAccumulator<BlockClustering.Failure> failures =
        spark.sparkContext().collectionAccumulator("stories not summarized, the first of each task");
    HadoopConf hadoop = new HadoopConf(jsc.hadoopConfiguration());

    // Read: one task per file or part of a large file of rows, numbered in arrival order.
    long t = begin(jsc, "read");
    JavaRDD<Article> read = jsc.parallelize(inputs, inputs.size())
        .flatMap(p -> InputFiles.read(p, hadoop, skipped)).map(d -> new Article(-1, d));
    read.persist(StorageLevel.MEMORY_AND_DISK_SER());
    JavaRDD<Article> articles = read.zipWithIndex().map(p -> p._1.at(p._2));
    long n = articles.count();
    summary.stage("read", t, n);
    summary.skipped(skipped);
    if (n >= 1 << 30) {
      throw new IllegalStateException("more than " + ((1 << 30) - 1) + " articles in one job");
    }

    // Frequencies over the whole collection, broadcast.
    t = begin(jsc, "frequencies");
    DocumentFrequencies counted = articles.mapPartitions(it -> List.of(DocumentFrequencies.count(
        documents(it), o.clusterOptions())).iterator()).treeReduce(DocumentFrequencies::merge);
    Broadcast<DocumentFrequencies> frequencies = jsc.broadcast(counted);
    summary.stage("frequencies", t, n);

    // Blocking: keys within time slots (and the previous slot's overlap), linked components.
    t = begin(jsc, "blocking");
    Blocking.Slots slots = Blocking.Slots.of(o.slotDays(), o.clusterOptions().window());
    StructType keySchema = new StructType().add("key", DataTypes.LongType).add("node", DataTypes.IntegerType);
    JavaRDD<Row> keyed = articles.mapPartitions(it -> {
      SimilarityKeys keys = new SimilarityKeys(o.algorithm(), o.clustering(), frequencies.value(), o.terms(),
          o.bands(), o.rows());
      List<Row> rows = new ArrayList<>();
      while (it.hasNext()) {
        Article a = it.next();
        long slot = slots.of(a.date());
        boolean inNext = slots.inNext(a.date());
        for (long k : keys.keys(a.document())) {
          rows.add(RowFactory.create(Blocking.bucketKey(k, slot), (int) (2 * a.index)));
          if (inNext) {
            rows.add(RowFactory.create(Blocking.bucketKey(k, slot + 1), (int) (2 * a.index + 1)));
          }
        }
      }
      return rows.iterator();
    });
    spark.conf().set("spark.sql.shuffle.partitions", partitions);
    Dataset<Row> buckets = spark.createDataFrame(keyed, keySchema)
        .repartition(partitions, functions.col("key")).groupBy("key")
        .agg(functions.collect_list("node").as("members"), functions.count("*").as("size"))
        .where("size > 1");
    int maxBucket = o.maxBucket();
    List<int[]> parts = buckets.select("members").javaRDD().mapPartitions(rows -> {
      List<int[]> members = new ArrayList<>();
      while (rows.hasNext()) {
        List<Integer> m = rows.next().getList(0);
        if (m.size() > maxBucket) {
          giantBuckets.add(1);
        } else {
          members.add(m.stream().mapToInt(Integer::intValue).sorted().toArray());
        }
      }
      return List.of(Blocking.componentLinks(members.iterator())).iterator();
    }).collect();
    int[] links = parts.stream().flatMapToInt(Arrays::stream).toArray();
    Broadcast<int[]> groupOf = jsc.broadcast(Blocking.groups((int) (2 * n), links, o.maxGroup()));
    summary.bucketsLeftOut(giantBuckets.value());
    summary.stage("blocking", t, n);

    // Stories: each block in arrival order through the clusterer, the previous slot's overlap as context.
    t = begin(jsc, "stories");
    LongAccumulator blockCount = spark.sparkContext().longAccumulator("blocks");
    CollectionAccumulator<Integer> largestBlocks = spark.sparkContext().collectionAccumulator("largest blocks");
    JavaRDD<BlockClustering.Members> members = articles
        .flatMapToPair(a -> {
          long home = 2 * a.index;
          Tuple2<Long, Article> at = new Tuple2<>(((long) groupOf.value()[(int) home] << 32) | home, a);
          if (!slots.inNext(a.date())) {
            return List.of(at).iterator();
          }
          return List.of(at, new Tuple2<>(((long) groupOf.value()[(int) home + 1] << 32) | home + 1, a)).iterator();
        })
        .repartitionAndSortWithinPartitions(new BlockPartitioner(partitions))
        .mapPartitions(it -> blocks(it, new BlockClustering(o, frequencies.value()), blockCount, largestBlocks));
    members.persist(StorageLevel.MEMORY_AND_DISK_SER());
    members.count();
    summary.blocks(blockCount.value(), largestBlocks.value());
    summary.stage("stories", t, n);

    // Borders: a story that took context articles continues the story most of them are at home in.
    t = begin(jsc, "borders");
    JavaPairRDD<Long, Long> took = members.flatMapToPair(m -> Arrays.stream(m.context())
        .mapToObj(c -> new Tuple2<>(c, m.first())).iterator());
    JavaPairRDD<Long, Long> home = members.flatMapToPair(m -> m.articles().stream()
        .filter(a -> slots.inNext(a.date())).map(a -> new Tuple2<>(a.index, m.first())).iterator());
    long[] continues = took.join(home, partitions)
        .mapToPair(p -> new Tuple2<>(p._2._1 << 32 | p._2._2, 1)).reduceByKey(Integer::sum)
        .mapToPair(v -> new Tuple2<>(v._1 >>> 32, Blocking.vote(v._1 & 0xFFFF_FFFFL, v._2)))
        .reduceByKey(Math::max).flatMap(v -> List.of(v._1, Blocking.votedFor(v._2)).iterator())
        .collect().stream().mapToLong(Long::longValue).toArray();
    Broadcast<Blocking.Borders> borders = jsc.broadcast(Blocking.Borders.of(continues));
    summary.stage("borders", t, n);

    // Summaries: the stories joined across borders and spread evenly over the partitions, each through the facade;
    // SUMMARY_TASKS times more tasks than partitions, so that the cores even out stories of unequal cost.
    t = begin(jsc, o.summaries() ? "summaries" : "story rows");
    JavaRDD<StoryRow> stories = members
        .mapToPair(m -> new Tuple2<>(borders.value().root(m.first()), m.articles()))
        .reduceByKey(PrecisJob::concat, SUMMARY_TASKS * partitions)
        .mapPartitions(it -> rows(it, new BlockClustering(o, frequencies.value()), failedSummaries, failures));
    stories.persist(StorageLevel.MEMORY_AND_DISK_SER());
    long storyCount = stories.count();
    members.unpersist();
    summary.stories(storyCount, failedSummaries.value(), failures.value());
    summary.stage(o.summaries() ? "summaries" : "story rows", t, n);

    t = begin(jsc, "output");
    write(spark, stories, o);
    summary.stage("output", t, n);
    stories.unpersist();
    read.unpersist();
    frequencies.destroy();
    groupOf.destroy();
    borders.destroy();
  }

  /** Names the stage whose Spark jobs start from now on (for the task metrics); its start time. */
  private static long begin(JavaSparkContext jsc, String stage) {
    jsc.setLocalProperty(JobMetrics.STAGE, stage);
    return System.nanoTime();
  }

  private static List<Article> concat(List<Article> a, List<Article> b) {
    List<Article> all = new ArrayList<>(a.size() + b.size());
    all.addAll(a);
    all.addAll(b);
    return all;
  }

  private static Iterator<Document> documents(Iterator<Article> it) {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, 0), false).map(Article::document).iterator();
  }

  /**
   * The output rows of a partition's stories (each the articles of one chain, in any order); a story that cannot be
   * summarized is counted in {@code failed}, and the first {@value JobSummary#FAILURES_SHOWN} of the task are kept
   * in {@code failures} too, for the driver to print.
   */
  static Iterator<StoryRow> rows(Iterator<Tuple2<Long, List<Article>>> stories, BlockClustering clustering,
      LongAccumulator failed, CollectionAccumulator<BlockClustering.Failure> failures) {
    List<StoryRow> rows = new ArrayList<>();
    long[] seen = {0};
    stories.forEachRemaining(s -> rows.add(clustering.row(s._2.stream()
        .sorted(Comparator.comparingLong(a -> a.index)).toList(), f -> {
          failed.add(1);
          if (seen[0]++ < JobSummary.FAILURES_SHOWN) {
            failures.add(f);
          }
        })));
    return rows.iterator();
  }

  /**
   * The stories of a partition's blocks; the articles come sorted by (block, node), a node being an article at
   * home ({@code 2 * index}) or as context ({@code 2 * index + 1}); counts the blocks and the largest.
   */
  private static Iterator<BlockClustering.Members> blocks(Iterator<Tuple2<Long, Article>> it,
      BlockClustering clustering, LongAccumulator count, CollectionAccumulator<Integer> largest) {
    List<BlockClustering.Members> out = new ArrayList<>();
    List<Article> block = new ArrayList<>();
    BitSet context = new BitSet();
    long current = -1;
    int biggest = 0;
    while (it.hasNext()) {
      Tuple2<Long, Article> next = it.next();
      long group = next._1 >>> 32;
      if (group != current && !block.isEmpty()) {
        out.addAll(clustering.stories(block, context));
        count.add(1);
        biggest = Math.max(biggest, block.size());
        block.clear();
        context.clear();
      }
      current = group;
      context.set(block.size(), (next._1 & 1) == 1);
      block.add(next._2);
    }
    if (!block.isEmpty()) {
      out.addAll(clustering.stories(block, context));
      count.add(1);
      biggest = Math.max(biggest, block.size());
    }
    largest.add(biggest);
    return out.iterator();
  }

  /** Sends every article of a block (the key's high 32 bits) to one partition. */
  static final class BlockPartitioner extends Partitioner {
    private static final long serialVersionUID = 1L;
    private final int partitions;

    BlockPartitioner(int partitions) {
      this.partitions = partitions;
    }

    @Override
    public int numPartitions() {
      return partitions;
    }

    @Override
    public int getPartition(Object key) {
      long group = ((Long) key) >>> 32;
      return (int) Math.floorMod(Blocking.bucketKey(group, 0), (long) partitions);
    }
  }

  private static void write(SparkSession spark, JavaRDD<StoryRow> stories, JobOptions o) {
    String storiesDir = o.output() + "/stories";
    String articlesDir = o.output() + "/articles";
    JavaRDD<Tuple2<String, String>> members = stories
        .flatMap(s -> s.articles().stream().map(a -> new Tuple2<>(a, s.id())).iterator());
    if (o.format().equals("jsonl")) {
      stories.map(PrecisJob::jsonLine).saveAsTextFile(storiesDir);
      members.map(m -> {
        ObjectNode line = JSON.createObjectNode();
        line.put("id", m._1);
        line.put("story", m._2);
        return line.toString();
      }).saveAsTextFile(articlesDir);
      return;
    }
    StructType storySchema = new StructType().add("id", DataTypes.StringType)
        .add("start", DataTypes.StringType).add("end", DataTypes.StringType)
        .add("articles", DataTypes.createArrayType(DataTypes.StringType))
        .add("outlets", DataTypes.createArrayType(DataTypes.StringType)).add("report", DataTypes.StringType);
    spark.createDataFrame(stories.map(s -> RowFactory.create(s.id(), text(s.start()), text(s.end()),
        s.articles().toArray(new String[0]), s.outlets().toArray(new String[0]), s.report())), storySchema)
        .write().parquet(storiesDir);
    StructType articleSchema = new StructType().add("id", DataTypes.StringType).add("story", DataTypes.StringType);
    spark.createDataFrame(members.map(m -> RowFactory.create(m._1, m._2)), articleSchema).write()
        .parquet(articlesDir);
  }

  /** A story as one JSON line; the report is embedded as the codec wrote it (not parsed again). */
  static String jsonLine(StoryRow s) {
    StringWriter line = new StringWriter();
    try (JsonGenerator g = JSON.getFactory().createGenerator(line)) {
      g.writeStartObject();
      g.writeStringField("id", s.id());
      g.writeStringField("start", text(s.start()));
      g.writeStringField("end", text(s.end()));
      g.writeArrayFieldStart("articles");
      for (String id : s.articles()) {
        g.writeString(id);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("outlets");
      for (String outlet : s.outlets()) {
        g.writeString(outlet);
      }
      g.writeEndArray();
      g.writeFieldName("report");
      if (s.report() == null) {
        g.writeNull();
      } else {
        g.writeRawValue(s.report());
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return line.toString();
  }

  private static String text(Object date) {
    return date == null ? null : date.toString();
  }
}
