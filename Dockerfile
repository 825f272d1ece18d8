# The gatehouse CLI image (project.agents.node in modules.yaml): Node.js, the gatehouse CLI and
# this repository's modules.yaml, with GATEHOUSE_CONFIG pointing at it, because the pipelines run
# gatehouse in a module's workspace, which holds no modules.yaml (docs/cli-conventions.md).
# Rebuild and push it whenever modules.yaml changes: gatehouseQualityGate stops a build whose
# image knows another module version than the committed chart. Build from the repository root:
#   docker build -t acmeonline/gatehouse-cli:0.1.0 .
# test/docker/dockerfile.test.ts checks this file against package.json and the CLI's file layout.

FROM node:20.20-bookworm-slim AS build
WORKDIR /build
COPY package.json package-lock.json tsconfig.json ./
RUN npm ci --ignore-scripts
COPY src ./src
COPY test ./test
# The build also compiles modules.schema.json into its validator (scripts/compile-schema.ts), and
# test imports the bench's scaled configs.
COPY bench ./bench
COPY scripts ./scripts
COPY schemas ./schemas
RUN npm run build

FROM node:20.20-bookworm-slim
WORKDIR /opt/gatehouse
COPY package.json package-lock.json ./
# Runtime dependencies only; the prepare script (a build) is not needed, dist comes built.
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY --from=build /build/dist ./dist
COPY templates ./templates
COPY schemas ./schemas
COPY modules.yaml /etc/gatehouse/modules.yaml
RUN ln -s /opt/gatehouse/dist/src/bundle/bin.js /usr/local/bin/gatehouse
ENV GATEHOUSE_CONFIG=/etc/gatehouse/modules.yaml
# A numeric user: the deploy pods run with runAsNonRoot, which the kubelet checks only for numeric ids.
USER 10001
ENTRYPOINT ["gatehouse"]
