#!/usr/bin/env bash
# The Spark integration test runs pvflag on local Spark (Java 17 is on the machine); pyspark is the 'spark' extra.
set -euo pipefail
python -c "import pyspark" 2>/dev/null || python -m pip install -q 'pyspark>=3.5'
