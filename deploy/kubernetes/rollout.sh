#!/usr/bin/env bash
# Rolls out a version: the migration Job first, and only when it has completed, the Deployments.
#   deploy/kubernetes/rollout.sh [IMAGE_TAG]
# Needs kubectl with access to the cluster (kustomize is built into kubectl).
set -euo pipefail

DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
NS=preparedness
log() { printf '[rollout] %s\n' "$*" >&2; }

if [ -n "${1:-}" ]; then
  (cd "$DIR" && kustomize edit set image "preparedness=registry.example.gov.eg/preparedness:$1")
fi

# 1. The namespace, the settings and the migration Job alone (a Job's pod template cannot be changed,
#    so the previous run is removed first).
kubectl apply -f "$DIR/namespace.yaml"
kubectl delete job preparedness-migrate -n "$NS" --ignore-not-found
kubectl apply -k "$DIR" -l 'app.kubernetes.io/component in (config,migrate)'
log "waiting for the migration"
kubectl wait -n "$NS" --for=condition=complete --timeout=15m job/preparedness-migrate

# 2. Everything, then wait for the web pods to be ready (each waits for /health/ready).
kubectl apply -k "$DIR"
kubectl rollout status -n "$NS" deployment/preparedness-web --timeout=10m
kubectl rollout status -n "$NS" deployment/preparedness-jobs --timeout=10m
log "done"
