#!/usr/bin/env bash
# Drives kcat (librdkafka 2.0.2) through metadata, produce in every codec, consume and offset queries.
set -u
b=${1:-127.0.0.1:19092}
t=capture-kcat
# Repetitive values so that every codec pays off: librdkafka sends a batch uncompressed when compressing
# would not make it smaller.
lorem=$(printf ' lorem ipsum dolor sit amet%.0s' 1 2 3 4 5 6 7 8)
kcat -b "$b" -L >/dev/null
for codec in none gzip snappy lz4 zstd; do
  printf 'k-%s:v-%s%s\n:unkeyed%s\n' "$codec" "$codec" "$lorem" "$lorem" | kcat -b "$b" -P -t "$t" -K: -z "$codec" -H h1=x -X topic.request.required.acks=-1
done
kcat -b "$b" -C -t "$t" -o beginning -e -q -f '%k=%s\n'
kcat -b "$b" -Q -t "$t:0:$(($(date +%s) * 1000 - 60000))"
