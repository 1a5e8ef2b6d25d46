#!/usr/bin/env bash
# Benchmark: a val sweep of ltl_top1med_norm_v1 x 3 seeds at AVE scale (real AVE metadata: 3,339
# train / 402 val ids; synthetic 768-d features as reference-format .npz files; synthetic scores).
# Prints the wall time and the number of trainings actually run (run_summary.json).
# Usage (from the repository root, after ./mvnw -B -q package -DskipTests):
#   bench/ave-sweep-scale.sh [WORK_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=${1:-$root/run/bench-ave-scale}
meta=${LTL_AVE_META:-$root/../shared/data/ave-meta}
mkdir -p "$work"
if [ ! -f "$work/npz/scores.json" ]; then
  "$root/bin/ltl" simulate features --meta "$meta" --out "$work/npz" --dim 768
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
java -Xmx1g -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" \
  -jar "$root/planner-svc/target/quarkus-app/quarkus-run.jar" > "$work/planner-svc.log" 2>&1 &
planner=$!
trap 'kill $planner 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do  # readiness probe of the child service
  curl -fs "http://127.0.0.1:$port/q/health/ready" > /dev/null && break
  sleep 0.5
done
rm -rf "$work/sweep"
start=$(date +%s)
"$root/bin/ltl" ave sweep --meta "$meta" --import-npz "$work/npz" --scores-json "$work/npz/scores.json" \
  --cache "$work/cache" --out "$work/sweep" --planner "127.0.0.1:$port" --seeds 0,1,2 \
  --candidate-set ltl_top1med_norm_v1 --workers 2 --threads-per-training 1
end=$(date +%s)
echo "wall time: $((end - start)) s"
python3 -c "import json,sys; s=json.load(open('$work/sweep/run_summary.json')); print('trainings run:', s['trainings_run'], '| sweep wall time (s):', round(s['wall_time_s'],1), '| train/eval clips:', s['train_clips'], s['eval_clips'])"
