# tutela API image: build with dev dependencies, run with production ones only.
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY src ./src
RUN npm run build && npm prune --omit=dev

FROM node:22-bookworm-slim
ENV NODE_ENV=production
# Generated secrets (JWT secret, audit signing key) live here unless configured: a volume, writable by node.
ENV DATA_DIR=/var/lib/tutela
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The reference data (comuni) the rules read: static files, updated by npm run comuni:update.
COPY reference-data ./reference-data
RUN mkdir -p /var/lib/tutela && chown node:node /var/lib/tutela
VOLUME /var/lib/tutela
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --retries=6 CMD node -e "fetch('http://127.0.0.1:3000/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/main.js"]
