#!/usr/bin/env bash
# Fetches axe-core (Deque's accessibility engine, MPL-2.0) from the npm registry into .axe/ for the accessibility
# browser test (AccessibilityBrowserTest), which injects it into each page with Selenium. Needs npm (any version);
# without the file the test is skipped on a developer's machine; .ci/run fetches it.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=4.10.3
if [ -f .axe/axe.min.js ] && grep -q "axe v$VERSION" .axe/axe.min.js; then
  exit 0
fi
work="$(mktemp -d)"
if command -v npm >/dev/null 2>&1; then
  (cd "$work" && npm pack --silent "axe-core@$VERSION" >/dev/null)
else
  curl -fsSL -o "$work/axe-core-$VERSION.tgz" "https://registry.npmjs.org/axe-core/-/axe-core-$VERSION.tgz"
fi
(cd "$work" && tar xzf "axe-core-$VERSION.tgz")
mkdir -p .axe
cp "$work/package/axe.min.js" .axe/axe.min.js
rm -rf "$work"
echo "axe-core $VERSION in .axe/axe.min.js"
