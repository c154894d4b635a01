#!/bin/sh
# What a page costs a phone: bytes transferred and time to the load event of the commander's
# dashboard and grid01's visit form, at 390x844 in headless Chromium against the real server with
# the demo district, with an empty cache ("first") and opened again ("repeat"), on the local
# network and on Lighthouse's mobile profile (150 ms, 1.6 Mbit/s). Prints lines starting with BENCH.
# Needs chromium and chromium-driver (apt). The figures come from Chromium's Resource Timing.
#
#   bench/page-weight.sh
set -eu
cd "$(dirname "$0")/.."
mvn -B -q ${MVN_OFFLINE:--o} verify -Dit.test=PageWeightIT -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dshuangsheng.browser.required=true 2>&1 | grep '^BENCH' || {
    echo "benchmark failed: see target/failsafe-reports/" >&2; exit 1; }
