#!/usr/bin/env bash
# Starts a local Docker engine for the differential tests (if none answers) and makes the offline base
# images they build FROM. Nothing can be pulled here, so busybox:latest is imported from busybox-static.
# Usage: scripts/docker-engine.sh            -> prints "docker: ready" or exits non-zero with the reason.
set -euo pipefail

log() { echo "docker-engine: $*" >&2; }

if ! command -v dockerd >/dev/null 2>&1 || ! command -v busybox >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    log "installing docker.io and busybox-static"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io busybox-static >/dev/null
  else
    log "dockerd or busybox is missing and this user cannot install them (apt-get install docker.io busybox-static)"
    exit 2
  fi
fi

if ! docker version --format '{{.Server.Version}}' >/dev/null 2>&1; then
  log "starting dockerd"
  mkdir -p /var/log
  (dockerd >/var/log/drydock-dockerd.log 2>&1 &)
  for _ in $(seq 1 60); do
    docker version --format '{{.Server.Version}}' >/dev/null 2>&1 && break
    sleep 1
  done
  if ! docker version --format '{{.Server.Version}}' >/dev/null 2>&1; then
    log "dockerd did not answer within 60 s; last lines of its log:"
    tail -20 /var/log/drydock-dockerd.log >&2 || true
    exit 3
  fi
fi

# busybox:latest as the real image is configured: CMD ["sh"] and the usual PATH.
if ! docker image inspect busybox:latest >/dev/null 2>&1; then
  log "importing busybox:latest from busybox-static"
  root=$(mktemp -d)
  mkdir -p "$root/bin" "$root/etc" "$root/tmp" "$root/root" "$root/home" "$root/var" "$root/usr/bin" "$root/usr/sbin" "$root/sbin"
  cp "$(command -v busybox)" "$root/bin/busybox"
  for applet in $("$root/bin/busybox" --list); do
    [ -e "$root/bin/$applet" ] || ln -s busybox "$root/bin/$applet"
  done
  printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/home:/bin/false\n' >"$root/etc/passwd"
  printf 'root:x:0:\nnogroup:x:65534:\n' >"$root/etc/group"
  tar -C "$root" -c . | docker import \
    --change 'CMD ["sh"]' \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    - busybox:latest >/dev/null
  rm -rf "$root"
fi
echo "docker: ready ($(docker version --format '{{.Server.Version}}'))"
