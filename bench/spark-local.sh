#!/usr/bin/env bash
# Runs dev.precis.spark.PrecisJob from precis-spark/target/precis-spark.jar on a local Spark master, for a machine
# without spark-submit: the Spark and Hadoop jars come from the Maven build's classpath (the module's provided
# dependencies), and the JVM gets the --add-opens Spark needs on Java 17.
#   bench/spark-local.sh N [JVM options...] -- --input PATH... --output DIR [job options]
# N is the number of local cores (local[N]). Builds the jar first when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
cores=${1:?usage: bench/spark-local.sh N [JVM options...] -- JOB ARGS}
shift
jvm=()
while [[ $# -gt 0 && $1 != -- ]]; do jvm+=("$1"); shift; done
[[ ${1:-} == -- ]] && shift
jar=precis-spark/target/precis-spark.jar
cp_file=precis-spark/target/spark-classpath.txt
if [[ ! -f $jar ]]; then
  mvn -B -q -o -pl precis-spark -am package -DskipTests >&2
fi
if [[ ! -f $cp_file ]]; then
  mvn -B -q -o -pl precis-spark dependency:build-classpath -Dmdep.includeScope=provided \
    -Dmdep.outputFile="$PWD/$cp_file" >&2
fi
opens=$(sed -n 's:.*<spark.add-opens>\(.*\)</spark.add-opens>.*:\1:p' precis-spark/pom.xml)
# shellcheck disable=SC2086
exec java $opens -Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1 -Dspark.ui.enabled=false \
  "${jvm[@]}" -cp "$jar:$(cat "$cp_file")" dev.precis.spark.PrecisJob --master "local[$cores]" "$@"
