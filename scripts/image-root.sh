#!/usr/bin/env bash
# The container image's own files, beside the application's classes that Jib adds: a Java runtime linked from this
# machine's JDK (jlink, only the modules the application needs), the C libraries that runtime loads (copied from
# this machine, so no base image has to be pulled from a registry), and the files a non-root user needs: an
# /etc/passwd naming user 1000, a writable /tmp and a writable working folder (/var/lib/dangbo: the embedded
# database when no PostgreSQL is given). Called by `./mvnw -Pimage package` with the folder to fill.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:?usage: scripts/image-root.sh <folder>}"
JAVA_HOME="${JAVA_HOME:-$(scripts/java-home.sh)}"
rm -rf "$out"
mkdir -p "$out/opt" "$out/etc" "$out/tmp" "$out/var/lib/dangbo" "$out/lib64"

# The modules: Java SE, sun.misc.Unsafe (Hibernate, Netty-free but Caffeine and others look for it), the zip file
# system (Spring Boot's nested jars are not used here, Jib lays the classes out), management, the locale data that
# holds vi-VN's formats, the extra charsets, PKCS#11 and DNS naming for TLS and mail, and the flight recorder.
"$JAVA_HOME/bin/jlink" --add-modules \
    java.se,jdk.unsupported,jdk.zipfs,jdk.management,jdk.localedata,jdk.charsets,jdk.crypto.cryptoki,jdk.naming.dns,jdk.net,jdk.jfr \
    --strip-debug --no-header-files --no-man-pages --compress=zip-6 --output "$out/opt/java"

# Every shared library the runtime's programs and libraries link to, at the same path, and the dynamic loader.
ldd "$out"/opt/java/bin/* "$out"/opt/java/lib/*.so "$out"/opt/java/lib/server/*.so 2>/dev/null \
    | awk -v own="$out" '$2 == "=>" && $3 ~ /^\// && index($3, own) != 1 { print $3 }' | sort -u | while read -r lib; do
  mkdir -p "$out$(dirname "$lib")"
  cp -L "$lib" "$out$lib"
done
cp -L /lib64/ld-linux-x86-64.so.2 "$out/lib64/"

printf 'root:x:0:0:root:/root:/sbin/nologin\ndangbo:x:1000:1000:Dang bo Dashboard:/var/lib/dangbo:/sbin/nologin\n' \
    > "$out/etc/passwd"
printf 'root:x:0:\ndangbo:x:1000:\n' > "$out/etc/group"
# Empty folders are kept by a file of their own.
touch "$out/tmp/.keep" "$out/var/lib/dangbo/.keep"
echo "image root in $out: $(du -sh "$out" | cut -f1)"
