#!/usr/bin/env sh
# Fetches Neo4j Community (jars, from Maven Central) into .cache/neo4j/lib and compiles our launcher into
# .cache/neo4j/classes, so tests and benches can run a real Neo4j without Docker. Fast when already done.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cache="$root/.cache/neo4j"
version=$(sed -n 's:.*<neo4j.version>\(.*\)</neo4j.version>.*:\1:p' "$here/pom.xml")
source="$here/src/NewsgraphNeo4jServer.java"
class="$cache/classes/NewsgraphNeo4jServer.class"

if [ -f "$cache/lib/neo4j-$version.jar" ] && [ -f "$class" ] && [ "$class" -nt "$source" ]; then
  exit 0
fi
if ! command -v java >/dev/null 2>&1 || ! command -v javac >/dev/null 2>&1; then
  echo "neo4j setup: needs a JDK 17 (java and javac), e.g. apt-get install openjdk-17-jdk-headless; Neo4j tests will fail without it" >&2
  exit 0
fi
if [ ! -f "$cache/lib/neo4j-$version.jar" ]; then
  if ! command -v mvn >/dev/null 2>&1; then
    echo "neo4j setup: needs Maven (mvn) to fetch Neo4j $version, e.g. apt-get install maven; Neo4j tests will fail without it" >&2
    exit 0
  fi
  echo "neo4j setup: fetching Neo4j Community $version into $cache/lib (once)" >&2
  rm -rf "$cache/lib"
  mvn -q -B -f "$here/pom.xml" dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$cache/lib" >&2
fi
mkdir -p "$cache/classes"
javac -nowarn -d "$cache/classes" -cp "$cache/lib/*" "$source"
echo "neo4j setup: ready ($cache)" >&2
