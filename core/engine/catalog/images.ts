// Base images the simulator knows: the `.Config` each official image ships with, written from the
// image's own Dockerfile (docker-library / nginxinc / nodejs repositories, copies in
// ../shared/corpus/dockerfiles) — ENV, WORKDIR, VOLUME, EXPOSE, ENTRYPOINT, CMD, STOPSIGNAL, LABEL and
// ONBUILD lines — plus the root filesystem's top-level directories. Version-pinning variables
// (e.g. GPG keys, checksums) are left out where the recorded tag does not pin them; `omitted` says so.
import { DEFAULT_PATH, makeConfig, type ImageConfig } from '../sim/config';

export interface CatalogImage {
  /** Repository name as written in FROM (Docker Hub official images). */
  readonly repository: string;
  /** Tags these facts were recorded for; `*` accepts any tag of the repository. */
  readonly tags: readonly string[];
  readonly config: ImageConfig;
  /** Top-level directories of its filesystem (enough for the simulator to know what exists). */
  readonly dirs: readonly string[];
  /** Which distribution user tools the image has (decides how useradd/adduser behave). */
  readonly userTools: 'busybox' | 'shadow' | 'none';
  /**
   * Accounts the image's own Dockerfile adds (name, uid, gid), copied from it. The base distribution's
   * accounts (daemon, www-data...) are not recorded, so a name missing here may still exist.
   */
  readonly accounts?: { readonly users: readonly (readonly [string, number, number])[]; readonly groups: readonly (readonly [string, number])[] };
  /** What the catalog leaves out of this entry, if anything. */
  readonly omitted?: string;
  /** Where the facts come from. */
  readonly source: string;
}

const FHS = ['/bin', '/dev', '/etc', '/home', '/lib', '/media', '/mnt', '/opt', '/proc', '/root', '/run', '/sbin', '/srv', '/sys', '/tmp', '/usr', '/usr/bin', '/usr/local', '/usr/local/bin', '/usr/sbin', '/var'];
const BUSYBOX_DIRS = ['/bin', '/etc', '/home', '/root', '/tmp', '/usr', '/usr/bin', '/usr/sbin', '/sbin', '/var'];

const env = (...extra: string[]) => [`PATH=${DEFAULT_PATH}`, ...extra];

export const CATALOG: readonly CatalogImage[] = [
  {
    repository: 'scratch',
    tags: [''],
    // BuildKit starts `FROM scratch` with the default PATH and WorkingDir "/" (the legacy builder
    // leaves WorkingDir empty); the simulator applies that in the stage, not here.
    config: makeConfig({}),
    dirs: [],
    userTools: 'none',
    source: 'the empty image: no filesystem, no configuration',
  },
  {
    repository: 'busybox',
    tags: ['latest', '1', '1.36', '1.37', 'stable', 'musl', 'glibc', 'uclibc'],
    config: makeConfig({ Env: env(), Cmd: ['sh'] }),
    dirs: BUSYBOX_DIRS,
    userTools: 'busybox',
    source: 'docker-library/busybox (CMD ["sh"]); same as the image scripts/docker-engine.sh imports',
  },
  {
    repository: 'alpine',
    tags: ['latest', '3', '3.20', '3.21', '3.22', '3.23', '3.24', 'edge'],
    config: makeConfig({ Env: env(), Cmd: ['/bin/sh'] }),
    dirs: FHS,
    userTools: 'busybox',
    source: 'alpinelinux/docker-alpine (ADD rootfs, CMD ["/bin/sh"])',
  },
  {
    repository: 'debian',
    tags: ['latest', '12', 'bookworm', 'bookworm-slim', '13', 'trixie', 'trixie-slim', 'bullseye', 'bullseye-slim', 'stable', 'stable-slim'],
    config: makeConfig({ Env: env(), Cmd: ['bash'] }),
    dirs: FHS,
    userTools: 'shadow',
    source: 'debuerreotype/docker-debian-artifacts (CMD ["bash"])',
  },
  ...['24.04', '22.04'].map((version): CatalogImage => ({
    repository: 'ubuntu',
    tags: version === '24.04' ? ['latest', '24.04', 'noble'] : ['22.04', 'jammy'],
    config: makeConfig({
      Env: env(),
      Cmd: ['/bin/bash'],
      Labels: { 'org.opencontainers.image.ref.name': 'ubuntu', 'org.opencontainers.image.version': version },
    }),
    dirs: FHS,
    userTools: 'shadow',
    source: 'docker-library/official-images ubuntu (CMD ["/bin/bash"], OCI ref.name/version labels)',
  })),
  ...[
    { tags: ['stable', '1.26', '1.26.3', 'stable-bookworm'], version: '1.26.3', dynpkg: '2~bookworm', source: 'stable/debian' },
    { tags: ['latest', 'mainline', '1.27', '1.27.4', 'bookworm', 'mainline-bookworm'], version: '1.27.4', dynpkg: '1~bookworm', source: 'mainline/debian' },
  ].map(({ tags, version, dynpkg, source }): CatalogImage => ({
    repository: 'nginx',
    tags,
    config: makeConfig({
      Env: env(`NGINX_VERSION=${version}`, 'NJS_VERSION=0.8.9', 'NJS_RELEASE=1~bookworm', 'PKG_RELEASE=1~bookworm', `DYNPKG_RELEASE=${dynpkg}`),
      Entrypoint: ['/docker-entrypoint.sh'],
      Cmd: ['nginx', '-g', 'daemon off;'],
      ExposedPorts: { '80/tcp': {} },
      StopSignal: 'SIGQUIT',
      Labels: { maintainer: 'NGINX Docker Maintainers <docker-maint@nginx.com>' },
    }),
    dirs: [...FHS, '/usr/share/nginx/html', '/etc/nginx', '/etc/nginx/conf.d', '/docker-entrypoint.d'],
    userTools: 'shadow',
    accounts: { users: [['nginx', 101, 101]], groups: [['nginx', 101]] }, // groupadd --system --gid 101 nginx; useradd --uid 101
    omitted: 'the Alpine variants set other ENV values (PKG_RELEASE=1, no NJS_RELEASE in -slim) and are not recorded',
    source: `nginxinc/docker-nginx ${source}/Dockerfile`,
  })),
  {
    repository: 'httpd',
    tags: ['latest', '2', '2.4', 'alpine', '2.4-alpine'],
    config: makeConfig({
      Env: ['PATH=/usr/local/apache2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'HTTPD_PREFIX=/usr/local/apache2'],
      WorkingDir: '/usr/local/apache2',
      ExposedPorts: { '80/tcp': {} },
      StopSignal: 'SIGWINCH',
      Cmd: ['httpd-foreground'],
    }),
    dirs: [...FHS, '/usr/local/apache2', '/usr/local/apache2/htdocs', '/usr/local/apache2/conf'],
    userTools: 'shadow',
    omitted: 'HTTPD_VERSION, HTTPD_SHA256 and HTTPD_PATCHES are not recorded',
    source: 'docker-library/httpd 2.4/Dockerfile',
  },
  ...[
    { major: '22', env: ['NODE_VERSION=22.23.2', 'YARN_VERSION=1.22.22'], extra: [] as string[] },
    { major: '24', env: ['NODE_VERSION=24.19.0', 'YARN_VERSION=1.22.22'], extra: [] as string[] },
    // The newest major is what `node` / `node:latest` points at; its images no longer ship Yarn.
    { major: '26', env: ['NODE_VERSION=26.7.0'], extra: ['latest'] },
  ].map(({ major, env: versions, extra }): CatalogImage => ({
    repository: 'node',
    tags: [...extra, major, `${major}-slim`, `${major}-bookworm`, `${major}-bookworm-slim`, `${major}-trixie`, `${major}-trixie-slim`, `${major}-alpine`],
    config: makeConfig({ Env: env(...versions), Entrypoint: ['docker-entrypoint.sh'], Cmd: ['node'] }),
    dirs: [...FHS, '/home/node'],
    userTools: 'shadow',
    accounts: { users: [['node', 1000, 1000]], groups: [['node', 1000]] }, // groupadd --gid 1000 node; useradd --uid 1000 (addgroup/adduser on Alpine)
    source: `nodejs/docker-node ${major}/*/Dockerfile`,
  })),
  {
    repository: 'node',
    tags: ['onbuild', '8-onbuild', '6-onbuild', '4-onbuild'],
    config: makeConfig({
      Env: env(),
      WorkingDir: '/usr/src/app',
      Cmd: ['npm', 'start'],
      OnBuild: ['COPY package.json /usr/src/app/', 'RUN npm install && npm cache clean --force', 'COPY . /usr/src/app'],
    }),
    dirs: [...FHS, '/usr/src/app'],
    userTools: 'shadow',
    omitted: 'deprecated variant (no longer published); NODE_VERSION/YARN_VERSION not recorded',
    source: 'nodejs/docker-node onbuild variant (ONBUILD COPY package.json, RUN npm install, COPY .)',
  },
  {
    repository: 'python',
    tags: ['3.13', '3.13-slim', '3.13-bookworm', '3.13-slim-bookworm', '3.13-trixie', '3.13-slim-trixie', '3.13-alpine'],
    config: makeConfig({
      Env: ['PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305', 'PYTHON_VERSION=3.13.14', 'PYTHON_SHA256=639e43243c620a308f968213df9e00f2f8f62332f7adbaa7a7eeb9783057c690'],
      Cmd: ['python3'],
    }),
    dirs: FHS,
    userTools: 'shadow',
    source: 'docker-library/python 3.13/slim-bookworm/Dockerfile',
  },
  {
    repository: 'python',
    tags: ['latest', '3', 'slim', 'alpine', 'trixie', '3.14', '3.14-slim', '3.14-trixie', '3.14-slim-trixie', '3.14-bookworm', '3.14-slim-bookworm', '3.14-alpine'],
    config: makeConfig({
      // 3.14 images no longer set GPG_KEY (releases are verified another way).
      Env: ['PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'PYTHON_VERSION=3.14.6', 'PYTHON_SHA256=143b1dddefaec3bd2e21e3b839b34a2b7fb9842272883c576420d605e9f30c63'],
      Cmd: ['python3'],
    }),
    dirs: FHS,
    userTools: 'shadow',
    source: 'docker-library/python 3.14/slim-trixie/Dockerfile',
  },
  {
    repository: 'python',
    tags: ['onbuild', '3-onbuild', '3.6-onbuild', '2.7-onbuild'],
    config: makeConfig({
      Env: ['PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
      WorkingDir: '/usr/src/app',
      Cmd: ['python3'],
      OnBuild: ['COPY requirements.txt /usr/src/app/', 'RUN pip install --no-cache-dir -r requirements.txt', 'COPY . /usr/src/app'],
    }),
    dirs: [...FHS, '/usr/src/app'],
    userTools: 'shadow',
    omitted: 'deprecated variant; version variables not recorded',
    source: 'docker-library/python onbuild variant (ONBUILD COPY requirements.txt, RUN pip install, COPY .)',
  },
  {
    repository: 'golang',
    tags: ['1.26', '1.26-bookworm', '1.26-trixie', '1.26-alpine'],
    config: makeConfig({
      Env: ['PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'GOLANG_VERSION=1.26.7', 'GOTOOLCHAIN=local', 'GOPATH=/go'],
      WorkingDir: '/go',
      Cmd: ['bash'],
    }),
    dirs: [...FHS, '/go', '/go/bin', '/go/src', '/usr/local/go'],
    userTools: 'shadow',
    omitted: 'CMD is inherited from the Debian base (bash); the Alpine tags inherit ["/bin/sh"] instead',
    source: 'docker-library/golang 1.26/bookworm/Dockerfile',
  },
  {
    repository: 'golang',
    tags: ['latest', '1', '1.27', '1.27-trixie', '1.27-bookworm', '1.27-alpine', 'trixie', 'alpine'],
    config: makeConfig({
      Env: ['PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'GOLANG_VERSION=1.27.0', 'GOTOOLCHAIN=local', 'GOPATH=/go'],
      WorkingDir: '/go',
      Cmd: ['bash'],
    }),
    dirs: [...FHS, '/go', '/go/bin', '/go/src', '/usr/local/go'],
    userTools: 'shadow',
    omitted: 'CMD is inherited from the Debian base (bash); the Alpine tags inherit ["/bin/sh"] instead',
    source: 'docker-library/golang 1.27/trixie/Dockerfile',
  },
  {
    repository: 'golang',
    tags: ['onbuild', '1.8-onbuild', '1.7-onbuild'],
    config: makeConfig({
      Env: ['PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'GOPATH=/go'],
      WorkingDir: '/go/src/app',
      Cmd: ['go-wrapper', 'run'],
      OnBuild: ['COPY . /go/src/app', 'RUN go-wrapper download', 'RUN go-wrapper install'],
    }),
    dirs: [...FHS, '/go', '/go/src/app'],
    userTools: 'shadow',
    omitted: 'deprecated variant; GOLANG_VERSION not recorded',
    source: 'docker-library/golang onbuild variant (ONBUILD COPY ., RUN go-wrapper download/install)',
  },
  {
    repository: 'redis',
    tags: ['latest', '7', '7.2', '7.4', 'alpine', '7-alpine'],
    config: makeConfig({
      Env: env(),
      Volumes: { '/data': {} },
      WorkingDir: '/data',
      Entrypoint: ['docker-entrypoint.sh'],
      ExposedPorts: { '6379/tcp': {} },
      Cmd: ['redis-server'],
    }),
    dirs: [...FHS, '/data'],
    userTools: 'shadow',
    omitted: 'GOSU_VERSION, REDIS_VERSION, REDIS_DOWNLOAD_URL and REDIS_DOWNLOAD_SHA are not recorded',
    source: 'docker-library/redis 7.x/debian/Dockerfile',
  },
  ...[
    { tags: ['17-bookworm'], pg: '17.9-1.pgdg12+1' },
    { tags: ['17', '17-trixie'], pg: '17.9-1.pgdg13+1' },
  ].map(({ tags, pg }): CatalogImage => ({
    repository: 'postgres',
    tags,
    config: makeConfig({
      Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/lib/postgresql/17/bin', 'GOSU_VERSION=1.19', 'LANG=en_US.utf8', 'PG_MAJOR=17', `PG_VERSION=${pg}`, 'PGDATA=/var/lib/postgresql/data'],
      Volumes: { '/var/lib/postgresql/data': {} },
      Entrypoint: ['docker-entrypoint.sh'],
      StopSignal: 'SIGINT',
      ExposedPorts: { '5432/tcp': {} },
      Cmd: ['postgres'],
    }),
    dirs: [...FHS, '/var/lib/postgresql', '/var/lib/postgresql/data', '/docker-entrypoint-initdb.d'],
    userTools: 'shadow',
    accounts: { users: [['postgres', 999, 999]], groups: [['postgres', 999]] }, // groupadd -r postgres --gid=999; useradd -r --uid=999 (Debian variants)
    source: 'docker-library/postgres 17/{bookworm,trixie}/Dockerfile',
  })),
  {
    repository: 'postgres',
    tags: ['latest', '18', '18-trixie'],
    config: makeConfig({
      // From 18 on, the volume is /var/lib/postgresql and PGDATA a versioned folder inside it.
      Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/lib/postgresql/18/bin', 'GOSU_VERSION=1.19', 'LANG=en_US.utf8', 'PG_MAJOR=18', 'PG_VERSION=18.3-1.pgdg13+1', 'PGDATA=/var/lib/postgresql/18/docker'],
      Volumes: { '/var/lib/postgresql': {} },
      Entrypoint: ['docker-entrypoint.sh'],
      StopSignal: 'SIGINT',
      ExposedPorts: { '5432/tcp': {} },
      Cmd: ['postgres'],
    }),
    dirs: [...FHS, '/var/lib/postgresql', '/docker-entrypoint-initdb.d'],
    userTools: 'shadow',
    accounts: { users: [['postgres', 999, 999]], groups: [['postgres', 999]] }, // groupadd -r postgres --gid=999; useradd -r --uid=999 (Debian variants)
    source: 'docker-library/postgres 18/trixie/Dockerfile',
  },
  {
    repository: 'mysql',
    tags: ['latest', '8', '8.0', '8.4', 'lts'],
    config: makeConfig({
      Env: env(),
      Volumes: { '/var/lib/mysql': {} },
      Entrypoint: ['docker-entrypoint.sh'],
      ExposedPorts: { '3306/tcp': {}, '33060/tcp': {} },
      Cmd: ['mysqld'],
    }),
    dirs: [...FHS, '/var/lib/mysql', '/docker-entrypoint-initdb.d'],
    userTools: 'shadow',
    omitted: 'GOSU_VERSION, MYSQL_MAJOR, MYSQL_VERSION and MYSQL_SHELL_VERSION are not recorded',
    source: 'docker-library/mysql 8.x/Dockerfile',
  },
];
