#!/usr/bin/env bash
# Prints a JAVA_HOME with Java 21 or newer: the backend compiles with release 21.
# Prefers $JAVA_HOME when it qualifies, else the newest JDK under /usr/lib/jvm.
set -euo pipefail
version_of() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}'; }
ok() { [ -x "$1/bin/javac" ] && [ "$(version_of "$1")" -ge 21 ] 2>/dev/null; }
if [ -n "${JAVA_HOME:-}" ] && ok "$JAVA_HOME"; then echo "$JAVA_HOME"; exit 0; fi
best=""; best_v=0
for d in /usr/lib/jvm/*; do
  [ -d "$d" ] && [ ! -L "$d" ] || continue
  if ok "$d"; then v="$(version_of "$d")"; if [ "$v" -gt "$best_v" ]; then best="$d"; best_v="$v"; fi; fi
done
if [ -z "$best" ]; then
  echo "find-jdk.sh: no JDK 21+ found (set JAVA_HOME to one); the default java here is $(java -version 2>&1 | head -1)" >&2
  exit 1
fi
echo "$best"
