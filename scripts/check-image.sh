#!/usr/bin/env bash
# Checks the container image that `./mvnw -Pimage -DskipTests package` builds (no Docker daemon needed): its
# configuration (a non-root user, port 8080, the Java entrypoint, no password baked in), its files (the runtime
# executable, no development tools, writable /tmp and working folder), and then, where this machine allows mounting
# /proc (root), runs it as a container would: its layers unpacked into a folder, the entrypoint started there with
# chroot as user 1000, the admin password from the environment, until the sign-in page answers.
set -euo pipefail
cd "$(dirname "$0")/.."
image="${1:-target/dangbo-dashboard-image.tar}"
work="$(mktemp -d)"
trap 'umount "$work/root/proc" 2>/dev/null || true; kill "${app:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
fail() { echo "IMAGE CHECK FAILED: $*" >&2; exit 1; }

mkdir -p "$work/tar" "$work/root"
tar -xf "$image" -C "$work/tar"
config="$(cat "$work/tar/config.json")"
grep -q '"User":"1000:1000"' <<<"$config" || fail "the user is not 1000:1000"
grep -q '"ExposedPorts":{"8080/tcp":{}}' <<<"$config" || fail "port 8080 is not exposed"
grep -q '"Entrypoint":\["/opt/java/bin/java",' <<<"$config" || fail "the entrypoint is not the image's java"
grep -q '"WorkingDir":"/var/lib/dangbo"' <<<"$config" || fail "the working folder is not /var/lib/dangbo"
! grep -qi 'PASSWORD' <<<"$config" || fail "a password is written into the image's configuration"
echo "image configuration: user 1000:1000, port 8080, entrypoint $(grep -o '"Entrypoint":\[[^]]*\]' <<<"$config")"

for layer in $(grep -o '"Layers":\[[^]]*\]' "$work/tar/manifest.json" | grep -o '[0-9a-f]*\.tar\.gz'); do
  tar --warning=no-unknown-keyword -xzf "$work/tar/$layer" -C "$work/root"
done
[ -x "$work/root/opt/java/bin/java" ] || fail "no executable /opt/java/bin/java"
[ -f "$work/root/etc/passwd" ] && grep -q '^dangbo:x:1000:' "$work/root/etc/passwd" || fail "user 1000 is not named"
ls "$work/root/app/libs" | grep -q '^vaadin-dev' && fail "Vaadin's development tools are in the image"
[ "$(stat -c %a "$work/root/tmp")" = 777 ] || fail "/tmp is not writable by every user"
[ "$(stat -c %a "$work/root/var/lib/dangbo")" = 777 ] || fail "/var/lib/dangbo is not writable by user 1000"
echo "image files: $(du -sh "$work/root" | cut -f1) unpacked, $(ls "$work/root/app/libs" | wc -l) libraries"

mkdir -p "$work/root/proc"
if ! mount -t proc proc "$work/root/proc" 2>/dev/null; then
  echo "image run skipped: /proc cannot be mounted here (not root)"
  exit 0
fi
port=18089
mapfile -t entrypoint < <(grep -o '"Entrypoint":\[[^]]*\]' <<<"$config" | grep -o '"[^"]*"' | tail -n +2 | tr -d '"')
env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin JAVA_HOME=/opt/java LANG=C.UTF-8 TZ=Asia/Ho_Chi_Minh PORT=$port DANGBO_ADMIN_PASSWORD='Kiem-tra-anh-2026!' \
    SPRING_DATASOURCE_URL='jdbc:h2:file:/var/lib/dangbo/data/dangbo;AUTO_SERVER=FALSE;WRITE_DELAY=0' \
    chroot --userspec=1000:1000 "$work/root" "${entrypoint[@]}" > "$work/run.log" 2>&1 &
app=$!
for _ in $(seq 1 180); do
  if curl -fs -o /dev/null "http://localhost:$port/login"; then
    owner="$(stat -c %u "$work/root/var/lib/dangbo/data/dangbo.mv.db" 2>/dev/null || echo none)"
    [ "$owner" = 1000 ] || fail "the embedded database was not written by user 1000 (owner: $owner)"
    echo "image run: the sign-in page answered as user 1000 after $SECONDS s; the database written by user $owner"
    exit 0
  fi
  kill -0 "$app" 2>/dev/null || { tail -30 "$work/run.log"; fail "the application stopped"; }
  sleep 1
done
tail -30 "$work/run.log"
fail "the sign-in page did not answer within 180 s"
