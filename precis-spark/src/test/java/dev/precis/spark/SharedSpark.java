package dev.precis.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one {@code local[2]} session every test of the module shares (Surefire runs them in one JVM): no web UI, few
 * shuffle partitions, and bound to the loopback interface, so nothing opens a connection beyond it.
 */
final class SharedSpark {
  private static SparkSession spark;

  private SharedSpark() {}

  static synchronized SparkSession get() {
    if (spark == null) {
      spark = SparkSession.builder().master("local[2]").appName("precis-spark-test")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "4")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .getOrCreate();
      spark.sparkContext().setLogLevel("WARN");
    }
    return spark;
  }
}
