#!/usr/bin/env bash
# Drives kcat (librdkafka 2.0.2) through metadata, produce in every codec, consume and offset queries.
set -u
b=${1:-127.0.0.1:19092}
t=capture-kcat
kcat -b "$b" -L >/dev/null
for codec in none gzip snappy lz4 zstd; do
  printf 'k-%s:v-%s\n:unkeyed\n' "$codec" "$codec" | kcat -b "$b" -P -t "$t" -K: -z "$codec" -H h1=x -X topic.request.required.acks=-1
done
kcat -b "$b" -C -t "$t" -o beginning -e -q -f '%k=%s\n'
kcat -b "$b" -Q -t "$t:0:$(($(date +%s) * 1000 - 60000))"
