# Brook broker image: `docker build -t brook . && docker run -p 9092:9092 -p 9644:9644 brook`
#
# Configured by environment variables mapped onto config keys the way the official Kafka image maps KAFKA_*
# (`brook serve --config-from-env`, src/config/env.ts): KAFKA_LOG_SEGMENT_BYTES -> log.segment.bytes; '_' is '.',
# '__' is '_', '___' is '-'; CLUSTER_ID -> cluster.id. Clients reach the broker at the advertised listener, so set
# KAFKA_ADVERTISED_LISTENERS to the address they use (the default suits `-p 9092:9092` from the same host):
#   docker run -p 29092:9092 -e KAFKA_ADVERTISED_LISTENERS=PLAINTEXT://myhost:29092 brook
# Ports: 9092 Kafka, 9644 ops HTTP (/metrics, /health, /ready), 8088 SQL processor REST (ksqlDB's API).

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# scripts stay off: the only one that matters here builds Brook itself (prepare), run below once sources are in
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY protocol ./protocol
COPY storage ./storage
COPY replication ./replication
COPY src ./src
COPY bin ./bin
# production dependencies only in the image; the optional librdkafka client is for compat tests, not the broker
RUN npm run build \
 && npm prune --omit=dev --ignore-scripts --no-audit --no-fund \
 && rm -rf node_modules/@confluentinc node_modules/.cache

FROM node:20-bookworm-slim
# tini as PID 1: forwards SIGTERM/SIGINT to the broker (which flushes and exits 0) and reaps zombies
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/bin ./bin
# the image's files belong to root and are read-only to the broker; it writes its data dir only
RUN mkdir -p /var/lib/brook && chown node:node /var/lib/brook
USER node
VOLUME /var/lib/brook
ENV KAFKA_LISTENERS=PLAINTEXT://0.0.0.0:9092 \
    KAFKA_ADVERTISED_LISTENERS=PLAINTEXT://localhost:9092 \
    KAFKA_LOG_DIRS=/var/lib/brook \
    KAFKA_HTTP_LISTENERS=http://0.0.0.0:9644 \
    KAFKA_SQL_LISTENERS=http://0.0.0.0:8088
EXPOSE 9092 9644 8088
# /health on the ops listener, wherever KAFKA_HTTP_LISTENERS put it (a wildcard address is asked on loopback)
HEALTHCHECK --interval=10s --timeout=3s --start-period=15s --retries=3 CMD ["node", "-e", "const u=new URL((process.env.KAFKA_HTTP_LISTENERS||'http://127.0.0.1:9644').split(',')[0]);if(u.hostname==='0.0.0.0'||u.hostname==='[::]')u.hostname='127.0.0.1';u.pathname='/health';fetch(u).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/bin/tini", "--", "node", "bin/brook.js"]
CMD ["serve", "--config-from-env"]
