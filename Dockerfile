# Brook broker image: `docker build -t brook . && docker run -p 9092:9092 brook`
# Clients on the host reach it at localhost:9092 (the advertised listener below); set
# --advertised-listeners to the address clients use when they run elsewhere.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY protocol ./protocol
COPY storage ./storage
COPY replication ./replication
COPY src ./src
COPY bin ./bin
RUN npm run build && npm prune --omit=dev --ignore-scripts

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/bin ./bin
RUN mkdir -p /var/lib/brook && chown node:node /var/lib/brook
USER node
VOLUME /var/lib/brook
EXPOSE 9092
STOPSIGNAL SIGTERM
ENTRYPOINT ["node", "bin/brook.js"]
CMD ["serve", "--listeners", "PLAINTEXT://0.0.0.0:9092", "--advertised-listeners", "PLAINTEXT://localhost:9092", "--data-dir", "/var/lib/brook"]
