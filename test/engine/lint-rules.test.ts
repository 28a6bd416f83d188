// One fires / does-not-fire (and quick-fix) check per lint rule. The table must cover every rule in the
// registry, so a new rule cannot ship without a test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { analyze, applyEdits, lint, parse, RULES, type LintOptions } from '../../core/engine/index';

// Every finding links a lesson that exists in the course plan.
const LESSON_IDS = Object.values(parseYaml(readFileSync(join(__dirname, '..', '..', 'content', 'curriculum.yaml'), 'utf8')) as Record<string, { id: string }[]>).flat().map((l) => l.id);

interface RuleCase {
  bad: string;
  good: string;
  /** Expected text after applying the first finding's quick fix. */
  fixed?: string;
  options?: LintOptions;
}

const F = 'FROM busybox:1.36\n';

const CASES: Record<string, RuleCase> = {
  StageNameCasing: { bad: 'FROM busybox:1.36 AS Build\n', good: 'FROM busybox:1.36 AS build\n', fixed: 'FROM busybox:1.36 AS build\n' },
  FromAsCasing: { bad: 'FROM busybox:1.36 as build\n', good: 'FROM busybox:1.36 AS build\n', fixed: 'FROM busybox:1.36 AS build\n' },
  NoEmptyContinuation: { bad: `${F}RUN echo a \\\n\n  b\n`, good: `${F}RUN echo a \\\n  b\n`, fixed: `${F}RUN echo a \\\n  b\n` },
  ConsistentInstructionCasing: { bad: `${F}RUN true\nrun true\nCOPY a /a\n`, good: `${F}RUN true\nCOPY a /a\n`, fixed: `${F}RUN true\nRUN true\nCOPY a /a\n` },
  DuplicateStageName: { bad: 'FROM busybox:1.36 AS a\nFROM busybox:1.36 AS a\n', good: 'FROM busybox:1.36 AS a\nFROM busybox:1.36 AS b\n' },
  ReservedStageName: { bad: 'FROM busybox:1.36 AS scratch\n', good: 'FROM busybox:1.36 AS base\n' },
  JSONArgsRecommended: { bad: `${F}CMD node server.js\n`, good: `${F}CMD ["node", "server.js"]\n`, fixed: `${F}CMD ["node", "server.js"]\n` },
  MaintainerDeprecated: { bad: `${F}MAINTAINER Jane <j@x.org>\n`, good: `${F}LABEL org.opencontainers.image.authors="j@x.org"\n`, fixed: `${F}LABEL org.opencontainers.image.authors="Jane <j@x.org>"\n` },
  UndefinedArgInFrom: { bad: 'FROM busybox:$VERSION\n', good: 'ARG VERSION=1.36\nFROM busybox:$VERSION\n' },
  WorkdirRelativePath: { bad: `${F}WORKDIR app\n`, good: `${F}WORKDIR /srv\nWORKDIR app\n` },
  UndefinedVar: { bad: `${F}COPY a.txt $DEST/\n`, good: `${F}ARG DEST=/srv\nCOPY a.txt $DEST/\n` },
  MultipleInstructionsDisallowed: { bad: `${F}CMD ["a"]\nCMD ["b"]\n`, good: `${F}CMD ["b"]\n`, fixed: `${F}\nCMD ["b"]\n` },
  LegacyKeyValueFormat: { bad: `${F}ENV GREETING hello world\n`, good: `${F}ENV GREETING="hello world"\n`, fixed: `${F}ENV GREETING="hello world"\n` },
  RedundantTargetPlatform: { bad: 'FROM --platform=$TARGETPLATFORM busybox:1.36\n', good: 'FROM --platform=$BUILDPLATFORM busybox:1.36\n', fixed: 'FROM busybox:1.36\n' },
  SecretsUsedInArgOrEnv: { bad: `${F}ARG GITHUB_TOKEN\n`, good: `${F}ARG GITHUB_USER\n` },
  InvalidDefaultArgInFrom: { bad: 'ARG TAG\nFROM busybox:${TAG}\n', good: 'ARG TAG=1.36\nFROM busybox:${TAG}\n' },
  FromPlatformFlagConstDisallowed: { bad: 'FROM --platform=linux/amd64 busybox:1.36\n', good: 'FROM --platform=$BUILDPLATFORM busybox:1.36\n' },
  CopyIgnoredFile: { bad: `${F}COPY secret.env /app/\n`, good: `${F}COPY app.js /app/\n`, options: { dockerignore: '*.env\nnode_modules\n' } },
  InvalidDefinitionDescription: { bad: '# the base image\nFROM busybox:1.36 AS base\n', good: '# base the base image\nFROM busybox:1.36 AS base\n', options: { enable: ['InvalidDefinitionDescription'] } },
  ExposeProtoCasing: { bad: `${F}EXPOSE 80/TCP\n`, good: `${F}EXPOSE 80/tcp\n`, fixed: `${F}EXPOSE 80/tcp\n` },
  ExposeInvalidFormat: { bad: `${F}EXPOSE 8080:80\n`, good: `${F}EXPOSE 80\n`, fixed: `${F}EXPOSE 80\n` },
  DL1001: { bad: `${F}# hadolint ignore=DL3008\nRUN true\n`, good: `${F}RUN true\n`, options: { enable: ['DL1001'] } },
  DL3001: { bad: `${F}RUN service nginx start\n`, good: `${F}RUN nginx -t\n` },
  DL3002: { bad: `${F}USER app\nUSER root\n`, good: `${F}USER root\nUSER app\n` },
  DL3003: { bad: `${F}RUN cd /tmp && make\n`, good: `${F}WORKDIR /tmp\nRUN make\n` },
  DL3004: { bad: `${F}RUN sudo make install\n`, good: `${F}RUN make install\n` },
  DL3006: { bad: 'FROM debian\n', good: 'FROM debian:12\n' },
  DL3007: { bad: 'FROM debian:latest\n', good: 'FROM debian:12\n' },
  DL3008: { bad: `${F}RUN apt-get install -y curl\n`, good: `${F}RUN apt-get install -y curl=7.88.1-10\n` },
  DL3009: { bad: `${F}RUN apt-get update && apt-get install -y curl\n`, good: `${F}RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n` },
  DL3010: { bad: `${F}COPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt\n`, good: `${F}ADD app.tar.gz /opt/\n` },
  DL3013: { bad: `${F}RUN pip install flask\n`, good: `${F}RUN pip install flask==3.0.0\n` },
  DL3014: { bad: `${F}RUN apt-get install curl\n`, good: `${F}RUN apt-get install -y curl\n`, fixed: `${F}RUN apt-get install -y curl\n` },
  DL3015: { bad: `${F}RUN apt-get install -y curl\n`, good: `${F}RUN apt-get install -y --no-install-recommends curl\n`, fixed: `${F}RUN apt-get install --no-install-recommends -y curl\n` },
  DL3016: { bad: `${F}RUN npm install express\n`, good: `${F}RUN npm install express@4.19.2\n` },
  DL3018: { bad: `${F}RUN apk add --no-cache curl\n`, good: `${F}RUN apk add --no-cache curl=8.5.0-r0\n` },
  DL3019: { bad: `${F}RUN apk add curl=8.5.0-r0\n`, good: `${F}RUN apk add --no-cache curl=8.5.0-r0\n`, fixed: `${F}RUN apk add --no-cache curl=8.5.0-r0\n` },
  DL3020: { bad: `${F}ADD app.js /app/\n`, good: `${F}ADD https://example.com/app.tar.gz /app/\n`, fixed: `${F}COPY app.js /app/\n` },
  DL3021: { bad: `${F}COPY a.txt b.txt /dst\n`, good: `${F}COPY a.txt b.txt /dst/\n`, fixed: `${F}COPY a.txt b.txt /dst/\n` },
  DL3022: { bad: `${F}COPY --from=buidl /out /out\n`, good: 'FROM busybox:1.36 AS build\nFROM busybox:1.36\nCOPY --from=build /out /out\n' },
  DL3023: { bad: 'FROM busybox:1.36 AS build\nCOPY --from=build /a /b\n', good: 'FROM busybox:1.36 AS build\nFROM busybox:1.36\nCOPY --from=build /a /b\n' },
  DL3026: { bad: 'FROM evil.example.com/app:1\n', good: 'FROM registry.example.org/app:1\n', options: { trustedRegistries: ['registry.example.org'] } },
  DL3027: { bad: `${F}RUN apt install -y curl\n`, good: `${F}RUN apt-get install -y curl\n`, fixed: `${F}RUN apt-get install -y curl\n` },
  DL3028: { bad: `${F}RUN gem install rails\n`, good: `${F}RUN gem install rails:7.1.0\n` },
  DL3030: { bad: `${F}RUN yum install httpd-2.4.6\n`, good: `${F}RUN yum install -y httpd-2.4.6\n`, fixed: `${F}RUN yum install -y httpd-2.4.6\n` },
  DL3032: { bad: `${F}RUN yum install -y httpd-2.4.6\n`, good: `${F}RUN yum install -y httpd-2.4.6 && yum clean all\n` },
  DL3033: { bad: `${F}RUN yum install -y httpd\n`, good: `${F}RUN yum install -y httpd-2.4.6\n` },
  DL3034: { bad: `${F}RUN zypper install nginx=1.2\n`, good: `${F}RUN zypper install -y nginx=1.2\n`, fixed: `${F}RUN zypper install -y nginx=1.2\n` },
  DL3035: { bad: `${F}RUN zypper dist-upgrade\n`, good: `${F}RUN zypper refresh\n` },
  DL3036: { bad: `${F}RUN zypper install -y nginx=1.2\n`, good: `${F}RUN zypper install -y nginx=1.2 && zypper clean\n` },
  DL3037: { bad: `${F}RUN zypper install -y nginx\n`, good: `${F}RUN zypper install -y nginx=1.2\n` },
  DL3038: { bad: `${F}RUN dnf install httpd-2.4\n`, good: `${F}RUN dnf install -y httpd-2.4\n`, fixed: `${F}RUN dnf install -y httpd-2.4\n` },
  DL3040: { bad: `${F}RUN dnf install -y httpd-2.4\n`, good: `${F}RUN dnf install -y httpd-2.4 && dnf clean all\n` },
  DL3041: { bad: `${F}RUN dnf install -y httpd\n`, good: `${F}RUN dnf install -y httpd-2.4\n` },
  DL3042: { bad: `${F}RUN pip install flask==3.0.0\n`, good: `${F}RUN pip install --no-cache-dir flask==3.0.0\n`, fixed: `${F}RUN pip install --no-cache-dir flask==3.0.0\n` },
  DL3044: { bad: `${F}ENV A=1 B=$A\n`, good: `${F}ENV A=1\nENV B=$A\n` },
  DL3045: { bad: `${F}COPY a.txt app/\n`, good: `${F}WORKDIR /srv\nCOPY a.txt app/\n` },
  DL3046: { bad: `${F}RUN useradd -u 123456 app\n`, good: `${F}RUN useradd -l -u 123456 app\n` },
  DL3047: { bad: `${F}RUN wget https://example.com/x\n`, good: `${F}RUN wget -q https://example.com/x\n`, fixed: `${F}RUN wget --progress=dot:giga https://example.com/x\n` },
  DL3048: { bad: `${F}LABEL My_Label=x\n`, good: `${F}LABEL com.example.my-label=x\n` },
  DL3049: { bad: `${F}LABEL other=x\n`, good: `${F}LABEL maintainer=x\n`, options: { labelSchema: { maintainer: 'text' } } },
  DL3050: { bad: `${F}LABEL maintainer=x extra=y\n`, good: `${F}LABEL maintainer=x\n`, options: { labelSchema: { maintainer: 'text' }, strictLabels: true } },
  DL3051: { bad: `${F}LABEL version=""\n`, good: `${F}LABEL version="1"\n` },
  DL3052: { bad: `${F}LABEL url=not-a-url\n`, good: `${F}LABEL url=https://example.com\n`, options: { labelSchema: { url: 'url' } } },
  DL3053: { bad: `${F}LABEL created=yesterday\n`, good: `${F}LABEL created=2024-01-02T03:04:05Z\n`, options: { labelSchema: { created: 'rfc3339' } } },
  DL3054: { bad: `${F}LABEL license="MIT license!"\n`, good: `${F}LABEL license=MIT\n`, options: { labelSchema: { license: 'spdx' } } },
  DL3055: { bad: `${F}LABEL rev=main\n`, good: `${F}LABEL rev=0a1b2c3d\n`, options: { labelSchema: { rev: 'hash' } } },
  DL3056: { bad: `${F}LABEL version=1.0\n`, good: `${F}LABEL version=1.0.0\n`, options: { labelSchema: { version: 'semver' } } },
  DL3057: { bad: `${F}CMD ["sh"]\n`, good: `${F}HEALTHCHECK CMD true\n`, options: { enable: ['DL3057'] } },
  DL3058: { bad: `${F}LABEL email=nobody\n`, good: `${F}LABEL email=a@example.com\n`, options: { labelSchema: { email: 'email' } } },
  DL3059: { bad: `${F}RUN echo a\nRUN echo b\n`, good: `${F}RUN echo a && echo b\n` },
  DL3060: { bad: `${F}RUN yarn install\n`, good: `${F}RUN yarn install && yarn cache clean\n` },
  DL3062: { bad: `${F}RUN go install example.com/tool@latest\n`, good: `${F}RUN go install example.com/tool@v1.2.3\n` },
  DL3066: { bad: `${F}USER app\n`, good: `${F}USER 10001\n` },
  DL3067: { bad: 'FROM busybox:1.36 AS b\nFROM busybox:1.36\nCOPY --from=b / /\n', good: 'FROM busybox:1.36 AS b\nFROM busybox:1.36\nCOPY --from=b /bin/app /bin/\n' },
  DL4001: { bad: `${F}RUN wget -q x\nRUN curl -sO y\n`, good: `${F}RUN curl -sO x\n` },
  DL4005: { bad: `${F}RUN ln -sf /bin/bash /bin/sh\n`, good: `${F}SHELL ["/bin/bash", "-c"]\n` },
  DL4006: { bad: `${F}RUN wget -qO- x | tar -x\n`, good: `${F}SHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN wget -qO- x | tar -x\n` },
  DD001: { bad: `${F}RUN apt-get update\n`, good: `${F}RUN apt-get update && apt-get install -y curl\n` },
  DD002: { bad: `${F}WORKDIR /app\nCOPY . .\nRUN npm ci\n`, good: `${F}WORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\n` },
  DD003: { bad: `${F}CMD ["httpd"]\n`, good: `${F}USER 10001\nCMD ["httpd"]\n` },
  DD004: { bad: `${F}ENV PORT=3000\nEXPOSE 80\n`, good: `${F}ENV PORT=3000\nEXPOSE 3000\n` },
};

function run(text: string, id: string, options: LintOptions = {}): ReturnType<typeof lint> {
  return lint(parse(text), options).filter((d) => d.code === id);
}

describe('lint rules', () => {
  it('every registered rule has a test case', () => {
    expect(RULES.map((r) => r.id).filter((id) => !(id in CASES))).toEqual([]);
  });

  it('every rule links to a lesson of content/curriculum.yaml and has a description', () => {
    const curriculum = readFileSync(join(__dirname, '..', '..', 'content', 'curriculum.yaml'), 'utf8');
    const lessonIds = new Set([...curriculum.matchAll(/id: ([a-z0-9-]+)/g)].map((m) => m[1]));
    for (const r of RULES) {
      expect(lessonIds.has(r.lessonId), `${r.id} -> ${r.lessonId}`).toBe(true);
      expect(r.description.length, r.id).toBeGreaterThan(10);
    }
  });

  for (const [id, c] of Object.entries(CASES)) {
    describe(id, () => {
      it('fires on the bad example, with a teaching message and a precise range', () => {
        const found = run(c.bad, id, c.options);
        expect(found.length).toBeGreaterThan(0);
        for (const d of found) {
          expect(d.message.length).toBeGreaterThan(40);
          expect(d.range.end.offset).toBeGreaterThanOrEqual(d.range.start.offset);
          expect(LESSON_IDS, `${d.code} links lesson ${d.lessonId}`).toContain(d.lessonId);
        }
      });
      it('stays quiet on the good example', () => {
        expect(run(c.good, id, c.options)).toEqual([]);
      });
      if (c.fixed !== undefined) {
        it('quick fix produces the corrected file', () => {
          const d = run(c.bad, id, c.options)[0]!;
          expect(d.fix).toBeDefined();
          expect(applyEdits(c.bad, d.fix!.edits)).toBe(c.fixed);
        });
      }
    });
  }
});

describe('switching rules off', () => {
  const text = `${F}CMD node server.js\n`;
  it('options.disable turns a rule off by id or by alias', () => {
    expect(run(text, 'JSONArgsRecommended')).toHaveLength(1);
    expect(run(text, 'JSONArgsRecommended', { disable: ['JSONArgsRecommended'] })).toHaveLength(0);
    expect(run(text, 'JSONArgsRecommended', { disable: ['DL3025'] })).toHaveLength(0);
  });
  it('# check=skip= honours a list and "all"', () => {
    expect(run(`# check=skip=JSONArgsRecommended\n${text}`, 'JSONArgsRecommended')).toHaveLength(0);
    expect(lint(parse(`# check=skip=all\n${text}`))).toEqual([]);
  });
  it('# check=error=true makes BuildKit rules errors but leaves hadolint advice alone', () => {
    const all = lint(parse(`# check=error=true\n${F}CMD node server.js\nRUN apt-get install -y curl\n`));
    expect(all.find((d) => d.code === 'JSONArgsRecommended')!.severity).toBe('error');
    expect(all.find((d) => d.code === 'DL3008')!.severity).toBe('warning');
  });
  it('a bad check directive is reported', () => {
    expect(lint(parse(`# check=skip=x;frobnicate=1\n${F}`)).map((d) => d.code)).toContain('InvalidCheckDirective');
  });
  it('# check= after the first instruction is only a comment', () => {
    expect(run(`${F}# check=skip=all\nCMD node server.js\n`, 'JSONArgsRecommended')).toHaveLength(1);
  });
  it('hadolint ignore pragmas apply to the next instruction; global ones to the file', () => {
    const t = `${F}# hadolint ignore=DL3008\nRUN apt-get install -y curl\nRUN apt-get install -y wget\n`;
    expect(run(t, 'DL3008').map((d) => d.range.start.line)).toEqual([4]);
    expect(run(`# hadolint global ignore=DL3008\n${t}`, 'DL3008')).toEqual([]);
  });
  it('opt-in rules stay off by default and turn on with enable or check=experimental', () => {
    const t = '# the base\nFROM busybox:1.36 AS base\n';
    expect(run(t, 'InvalidDefinitionDescription')).toEqual([]);
    expect(run(`# check=experimental=InvalidDefinitionDescription\n\n${t}`, 'InvalidDefinitionDescription')).toHaveLength(1);
    expect(run(`# check=experimental=all\n\n${t}`, 'InvalidDefinitionDescription')).toHaveLength(1);
    expect(run(t, 'InvalidDefinitionDescription', { enable: 'all' }).length).toBe(1);
  });
});

describe('DD003 tells services from tools and base images', () => {
  const fires = (text: string) => analyze(text).diagnostics.some((d) => d.code === 'DD003');
  it('fires for a server, an exposed port or a healthcheck', () => {
    expect(fires('FROM busybox:1.36\nCMD ["httpd", "-f"]\n')).toBe(true);
    expect(fires('FROM busybox:1.36\nEXPOSE 8080\nCMD ["sh"]\n')).toBe(true);
    expect(fires('FROM busybox:1.36\nHEALTHCHECK CMD wget -q -O- localhost\nCMD ["./serve"]\n')).toBe(true);
    expect(fires('FROM node:22\nCMD node server.js\n')).toBe(true);
  });
  it('stays quiet for a shell or a one-shot tool', () => {
    expect(fires('FROM busybox:1.36\nCMD ["sh"]\n')).toBe(false);
    expect(fires('FROM busybox:1.36\nENTRYPOINT ["/bin/echo"]\nCMD ["hi"]\n')).toBe(false);
    expect(fires('FROM busybox:1.36\nCMD cat /etc/os-release\n')).toBe(false);
  });
});

describe('FromPlatformFlagConstDisallowed follows BuildKit\'s exceptions', () => {
  const fires = (text: string) => lint(parse(text)).some((d) => d.code === 'FromPlatformFlagConstDisallowed');
  it('is quiet when the stage name names the OS or the architecture (Docker\'s own "good" example), or the platform does not parse', () => {
    expect(fires('FROM --platform=linux/amd64 busybox:1.36 AS build_amd64\n')).toBe(false);
    expect(fires('FROM --platform=linux/arm64 busybox:1.36 AS linux-tools\n')).toBe(false);
    expect(fires('FROM --platform=not/a/real/platform busybox:1.36 AS x\n')).toBe(false);
  });
  it('fires for a constant platform on a stage whose name says nothing about it', () => {
    expect(fires('FROM --platform=linux/amd64 busybox:1.36 AS build\n')).toBe(true);
  });
});
