import { describe, expect, it } from 'vitest';
import { canonicalCommand, parseDockerCommand, sameDockerCommand } from '../../core/dockercli/parse';
import { tokenize } from '../../core/dockercli/tokenize';
import { canonicalAnswer, matchesAnswer } from '../../core/dockercli/answer';

function parsed(line: string) {
  const r = parseDockerCommand(line);
  if (!r.ok) throw new Error(r.message);
  return r.command;
}

describe('tokenize', () => {
  it('handles quotes, escapes, continuations and command substitution', () => {
    expect(tokenize(`docker run -e "A=b c" -e 'X=$Y' a\\ b \\\n--rm $(docker ps -q)`)).toEqual({
      ok: true,
      words: ['docker', 'run', '-e', 'A=b c', '-e', 'X=$Y', 'a b', '--rm', '$(docker ps -q)'],
    });
  });
  it('rejects unterminated quotes and pipelines with the place', () => {
    expect(tokenize('docker run "abc')).toMatchObject({ ok: false, offset: 11 });
    expect(tokenize('docker ps | grep x')).toMatchObject({ ok: false, offset: 10 });
  });
});

describe('parseDockerCommand', () => {
  it('resolves aliases to the management command', () => {
    expect(parsed('docker images').path).toBe('image ls');
    expect(parsed('docker ps -a').path).toBe('container ls');
    expect(parsed('docker rmi nginx').path).toBe('image rm');
    expect(parsed('docker stack down web').path).toBe('stack rm');
  });

  it('passes words after the image to the container, even ones that look like flags', () => {
    const c = parsed('docker run --rm busybox -d echo hi');
    expect(c.args).toEqual(['busybox']);
    expect(c.rest).toEqual(['-d', 'echo', 'hi']);
    expect(c.flags).toEqual([{ name: 'rm', value: null }]);
  });

  it('reads combined short flags and attached values', () => {
    const c = parsed('docker run -dit -p8080:80 -e=A=1 nginx');
    expect(c.flags).toEqual([
      { name: 'detach', value: null },
      { name: 'interactive', value: null },
      { name: 'tty', value: null },
      { name: 'publish', value: '8080:80' },
      { name: 'env', value: 'A=1' },
    ]);
  });

  it('allows flags after positionals for interspersed commands', () => {
    expect(parsed('docker rm web -f').flags).toEqual([{ name: 'force', value: null }]);
  });

  it('parses global and compose project flags', () => {
    const c = parsed('docker -H tcp://10.0.0.1:2376 --tlsverify compose -f a.yml up -d');
    expect(c.path).toBe('compose up');
    expect(c.globalFlags.map((f) => f.name)).toEqual(['host', 'tlsverify', 'file']);
  });

  it.each([
    ['docker imagez', 'not a docker command'],
    ['docker run --detatch nginx', 'unknown flag --detatch'],
    ['docker run', 'needs at least 1 argument'],
    ['docker tag a', 'needs at least 2 arguments'],
    ['docker logs -f', 'needs at least 1 argument'],
    ['docker ps --rm', 'unknown flag --rm'],
    ['docker run --name', 'needs a value'],
    ['docker run --rm=maybe x', 'true or false'],
    ['podman ps', 'starts with "docker"'],
    ['docker swarm join-token', 'needs at least 1'],
  ])('rejects %s', (line, message) => {
    const r = parseDockerCommand(line);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.message).toContain(message);
  });
});

describe('sameDockerCommand', () => {
  it.each([
    ['docker images -f dangling=true', 'docker image ls --filter "dangling=true"'],
    ['docker run -d -p 80:80 --name web nginx', 'docker container run --name=web --publish 80:80 --detach nginx'],
    ['docker ps -aq', 'docker container ls --quiet --all'],
    ['docker service scale web=5', 'docker service scale web=5'],
  ])('%s means %s', (a, b) => {
    expect(sameDockerCommand(a, b)).toBe(true);
  });

  it.each([
    ['docker run nginx -d', 'docker run -d nginx'],
    ['docker image ls -a', 'docker image ls'],
    ['docker tag a b', 'docker tag b a'],
  ])('%s differs from %s', (a, b) => {
    expect(sameDockerCommand(a, b)).toBe(false);
  });

  it('gives a stable canonical text', () => {
    expect(canonicalCommand(parsed('docker run -p 80:80 -d nginx'))).toBe('docker container run --detach --publish="80:80" "nginx"');
  });
});

describe('matchesAnswer', () => {
  it('accepts other spellings of the same docker command and rejects different ones', () => {
    const answers = ['docker image ls --filter dangling=true'];
    expect(matchesAnswer('docker images -f "dangling=true"', answers)).toBe(true);
    expect(matchesAnswer('docker images', answers)).toBe(false);
    expect(matchesAnswer('docker images -f', answers)).toBe(false);
  });
  it('accepts systemctl with or without sudo and the .service suffix', () => {
    expect(matchesAnswer('sudo systemctl enable docker.service', ['systemctl enable docker'])).toBe(true);
    expect(canonicalAnswer('systemctl enabel docker')).toMatchObject({ ok: false });
    expect(canonicalAnswer('rm -rf /')).toMatchObject({ ok: false });
  });
  it('keeps quoted arguments intact when re-reading them', () => {
    expect(matchesAnswer(`docker run -e 'A=b c' busybox`, ['docker run --env "A=b c" busybox'])).toBe(true);
  });
});

describe('other programs', () => {
  it('checks dockerd flags and docker scout commands', () => {
    expect(matchesAnswer('dockerd --data-root /mnt/docker -D', ['dockerd --debug --data-root=/mnt/docker'])).toBe(true);
    expect(canonicalAnswer('dockerd --fixed-cidr=10.20.0.0/16')).toMatchObject({ ok: true });
    expect(canonicalAnswer('dockerd -d')).toMatchObject({ ok: false });
    expect(canonicalAnswer('docker -d')).toMatchObject({ ok: false });
    expect(matchesAnswer('docker scout cves --only-severity critical nginx:1.27', ['docker scout cves nginx:1.27 --only-severity=critical'])).toBe(true);
  });
  it('checks the kubectl verb', () => {
    expect(canonicalAnswer('kubectl get pods')).toMatchObject({ ok: true });
    expect(canonicalAnswer('kubectl gett pods')).toMatchObject({ ok: false });
  });
});

describe('commands that hand words to the container', () => {
  it('count the container command towards the minimum', () => {
    expect(parsed('docker exec -it web sh').rest).toEqual(['sh']);
    expect(parsed('docker compose exec api sh').path).toBe('compose exec');
    expect(parsed('docker compose exec -it api sh').rest).toEqual(['sh']);
    expect(parseDockerCommand('docker exec web')).toMatchObject({ ok: false });
  });
});
