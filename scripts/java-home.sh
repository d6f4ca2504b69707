#!/usr/bin/env bash
# Prints a JDK home of version 21 or newer: $JAVA_HOME if it is one, else the newest found under /usr/lib/jvm.
# Usage: export JAVA_HOME="$(scripts/java-home.sh)"
set -euo pipefail

major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java.specification.version/ { split($2, v, "."); print v[1] }'
}

for candidate in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
  candidate="${candidate%/}"
  if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ "$(major "$candidate")" -ge 21 ]; then
    echo "$candidate"
    exit 0
  fi
done
echo "Không tìm thấy JDK 21 trở lên (No JDK 21 or newer found). Cài JDK 21+ và đặt JAVA_HOME." >&2
exit 1
