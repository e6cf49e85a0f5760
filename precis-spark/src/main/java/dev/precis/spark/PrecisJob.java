package dev.precis.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.cluster.DocumentFrequencies;
import dev.precis.cluster.SimilarityKeys;
import dev.precis.ingest.Skips;
import dev.precis.model.Document;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * {@code PrecisJob --input PATH... --output DIR}: clusters an archive of articles into stories and summarizes each
 * one, on Spark, with the same library inside the executors that {@code precis cluster} runs on one machine.
 *
 * <ol>
 *   <li><b>read</b>: each input file is read by the library in one task; articles are numbered in arrival order
 *       (inputs as named, files by path, records in file order);
 *   <li><b>frequencies</b>: the document frequencies of the clusterer's terms over the whole collection, counted
 *       per partition and merged, then broadcast;
 *   <li><b>blocking</b>: MinHash keys of each article's heaviest terms ({@link SimilarityKeys}) within
 *       overlapping time buckets ({@link Blocking}); articles sharing a key are linked, buckets of more than
 *       {@code --max-bucket} articles left out; the linked components are the blocks, cut at
 *       {@code --max-group} articles;
 *   <li><b>stories</b>: each block's articles, sorted by arrival, go through the library's online clusterer
 *       ({@link BlockClustering}), inside {@code mapPartitions};
 *   <li><b>summaries</b>: the stories, spread evenly over the partitions again, each through the facade's report;
 *   <li><b>output</b>: {@code DIR/stories} and {@code DIR/articles}, JSONL or Parquet.
 * </ol>
 */
public final class PrecisJob {
  private static final ObjectMapper JSON = new ObjectMapper();

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
    try {
      files = InputFiles.list(o.inputs(), conf);
      Path out = new Path(o.output());
      if (out.getFileSystem(conf).exists(out)) {
        throw new JobOptions.UsageException("output " + o.output() + " exists; give a new directory");
      }
    } catch (IOException e) {
      throw new JobOptions.UsageException("cannot list the inputs (" + e.getMessage() + ")");
    }
    JobSummary summary = new JobSummary(o, files.size());
    try (JobMetrics metrics = new JobMetrics()) {
      spark.sparkContext().addSparkListener(metrics);
      try {
        stages(spark, jsc, o, files, summary);
      } finally {
        spark.sparkContext().removeSparkListener(metrics);
      }
      summary.metrics(metrics);
    }
    return summary;
  }

  private static void stages(SparkSession spark, JavaSparkContext jsc, JobOptions o, List<String> files,
      JobSummary summary) {
    int partitions = o.partitions() > 0 ? o.partitions() : Math.max(2, jsc.defaultParallelism() * 2);
    Map<Skips.Kind, LongAccumulator> skipped = InputFiles.accumulators(spark.sparkContext());
    LongAccumulator giantBuckets = spark.sparkContext().longAccumulator("buckets left out");
    LongAccumulator failedSummaries = spark.sparkContext().longAccumulator("stories not summarized");
    HadoopConf hadoop = new HadoopConf(jsc.hadoopConfiguration());

    // Read: one task per file, numbered in arrival order.
    long t = System.nanoTime();
    JavaRDD<Article> read = jsc.parallelize(files, files.size())
        .flatMap(f -> InputFiles.read(f, hadoop, skipped)).map(d -> new Article(-1, d));
    read.persist(StorageLevel.MEMORY_AND_DISK_SER());
    JavaRDD<Article> articles = read.zipWithIndex().map(p -> p._1.at(p._2));
    long n = articles.count();
    summary.stage("read", t, n);
    summary.skipped(skipped);
    if (n > Integer.MAX_VALUE) {
      throw new IllegalStateException("more than " + Integer.MAX_VALUE + " articles in one job");
    }

    // Frequencies over the whole collection, broadcast.
    t = System.nanoTime();
    DocumentFrequencies counted = articles.mapPartitions(it -> List.of(DocumentFrequencies.count(
        documents(it), o.clusterOptions())).iterator()).treeReduce(DocumentFrequencies::merge);
    Broadcast<DocumentFrequencies> frequencies = jsc.broadcast(counted);
    summary.stage("frequencies", t, n);

    // Blocking: keys within time buckets, linked components.
    t = System.nanoTime();
    int window = (int) Math.max(1, Math.ceil(o.clusterOptions().window()));
    StructType keySchema = new StructType().add("key", DataTypes.LongType).add("article", DataTypes.IntegerType);
    JavaRDD<Row> keyed = articles.mapPartitions(it -> {
      SimilarityKeys keys = new SimilarityKeys(o.algorithm(), o.clustering(), frequencies.value(), o.terms(),
          o.bands(), o.rows());
      List<Row> rows = new ArrayList<>();
      while (it.hasNext()) {
        Article a = it.next();
        for (long k : keys.keys(a.document())) {
          for (long b : Blocking.timeBuckets(a.date(), window)) {
            rows.add(RowFactory.create(Blocking.bucketKey(k, b), (int) a.index));
          }
        }
      }
      return rows.iterator();
    });
    spark.conf().set("spark.sql.shuffle.partitions", partitions);
    Dataset<Row> buckets = spark.createDataFrame(keyed, keySchema)
        .repartition(partitions, functions.col("key")).groupBy("key")
        .agg(functions.collect_list("article").as("members"), functions.count("*").as("size"))
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
    int[] groups = Blocking.groups((int) n, links, o.maxGroup());
    Broadcast<int[]> groupOf = jsc.broadcast(groups);
    summary.blocks(groups, giantBuckets.value());
    summary.stage("blocking", t, n);

    // Stories: each block in arrival order through the clusterer.
    t = System.nanoTime();
    JavaRDD<BlockClustering.Members> members = articles
        .mapToPair(a -> new Tuple2<>(((long) groupOf.value()[(int) a.index] << 32) | a.index, a))
        .repartitionAndSortWithinPartitions(new BlockPartitioner(partitions))
        .mapPartitions(it -> blocks(it, new BlockClustering(o, frequencies.value())));
    members.persist(StorageLevel.MEMORY_AND_DISK_SER());
    long storyCount = members.count();
    summary.stage("stories", t, n);

    // Summaries: stories spread evenly again (a block can be large), each through the facade.
    t = System.nanoTime();
    JavaRDD<StoryRow> stories = members.repartition(partitions).mapPartitions(it -> {
      BlockClustering clustering = new BlockClustering(o, frequencies.value());
      List<StoryRow> rows = new ArrayList<>();
      it.forEachRemaining(m -> rows.add(clustering.row(m, id -> failedSummaries.add(1))));
      return rows.iterator();
    });
    stories.persist(StorageLevel.MEMORY_AND_DISK_SER());
    stories.count();
    members.unpersist();
    summary.stories(storyCount, failedSummaries.value());
    summary.stage(o.summaries() ? "summaries" : "story rows", t, n);

    t = System.nanoTime();
    write(spark, stories, o);
    summary.stage("output", t, n);
    stories.unpersist();
    read.unpersist();
    frequencies.destroy();
    groupOf.destroy();
  }

  private static Iterator<Document> documents(Iterator<Article> it) {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, 0), false).map(Article::document).iterator();
  }

  /** The stories of a partition's blocks; the articles come sorted by (block, arrival). */
  private static Iterator<BlockClustering.Members> blocks(Iterator<Tuple2<Long, Article>> it,
      BlockClustering clustering) {
    List<BlockClustering.Members> out = new ArrayList<>();
    List<Article> block = new ArrayList<>();
    long current = -1;
    while (it.hasNext()) {
      Tuple2<Long, Article> next = it.next();
      long group = next._1 >>> 32;
      if (group != current && !block.isEmpty()) {
        out.addAll(clustering.stories(block));
        block.clear();
      }
      current = group;
      block.add(next._2);
    }
    if (!block.isEmpty()) {
      out.addAll(clustering.stories(block));
    }
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

  /** A story as one JSON line; the report is embedded as the codec wrote it. */
  static String jsonLine(StoryRow s) {
    ObjectNode line = JSON.createObjectNode();
    line.put("id", s.id());
    line.put("start", text(s.start()));
    line.put("end", text(s.end()));
    ArrayNode ids = line.putArray("articles");
    s.articles().forEach(ids::add);
    ArrayNode outlets = line.putArray("outlets");
    s.outlets().forEach(outlets::add);
    try {
      line.set("report", s.report() == null ? null : JSON.readTree(s.report()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return line.toString();
  }

  private static String text(Object date) {
    return date == null ? null : date.toString();
  }
}
