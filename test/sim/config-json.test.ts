// `.Config` JSON in both shapes, against output recorded from real CLIs reading the same images. The images
// were built here by Docker 20.10's BuildKit; `/usr/bin/docker` (20.10.24) and `/usr/local/bin/docker`
// (28.2.2) then ran `docker image inspect --format '{{json .Config}}'` on them. The differential test
// (test/docker/sim-diff.test.ts) repeats this for every case when both CLIs are installed.
import { describe, expect, it } from 'vitest';
import { simulate, toDockerConfigJson } from '../../core/engine/sim/index';

interface Recorded {
  readonly dockerfile: string;
  readonly cli2010: string;
  readonly cli28: string;
}

const PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

const RECORDED: Recorded[] = [
  {
    dockerfile: 'FROM busybox\nENV A=1\nEXPOSE 80\nHEALTHCHECK CMD true\nSHELL ["/bin/sh","-c"]\nONBUILD RUN echo\nSTOPSIGNAL SIGTERM\nUSER 1000\nWORKDIR /w\nLABEL a=b\nVOLUME /data\n',
    cli2010: `{"Hostname":"","Domainname":"","User":"1000","AttachStdin":false,"AttachStdout":false,"AttachStderr":false,"ExposedPorts":{"80/tcp":{}},"Tty":false,"OpenStdin":false,"StdinOnce":false,"Env":["${PATH}","A=1"],"Cmd":["sh"],"Healthcheck":{"Test":["CMD-SHELL","true"]},"Image":"","Volumes":{"/data":{}},"WorkingDir":"/w","Entrypoint":null,"OnBuild":["RUN echo"],"Labels":{"a":"b"},"StopSignal":"SIGTERM","Shell":["/bin/sh","-c"]}`,
    cli28: `{"User":"1000","ExposedPorts":{"80/tcp":{}},"Env":["${PATH}","A=1"],"Cmd":["sh"],"Volumes":{"/data":{}},"WorkingDir":"/w","Labels":{"a":"b"},"StopSignal":"SIGTERM","Healthcheck":{"Test":["CMD-SHELL","true"]},"OnBuild":["RUN echo"],"Shell":["/bin/sh","-c"]}`,
  },
  {
    dockerfile: 'FROM busybox\nENTRYPOINT ["/bin/echo"]\nCMD ["hi"]\nUSER 1\n',
    cli2010: `{"Hostname":"","Domainname":"","User":"1","AttachStdin":false,"AttachStdout":false,"AttachStderr":false,"Tty":false,"OpenStdin":false,"StdinOnce":false,"Env":["${PATH}"],"Cmd":["hi"],"ArgsEscaped":true,"Image":"","Volumes":null,"WorkingDir":"","Entrypoint":["/bin/echo"],"OnBuild":null,"Labels":null}`,
    cli28: `{"User":"1","Env":["${PATH}"],"Entrypoint":["/bin/echo"],"Cmd":["hi"],"ArgsEscaped":true}`,
  },
  {
    dockerfile: 'FROM scratch\nLABEL a=b\n',
    cli2010: `{"Hostname":"","Domainname":"","User":"","AttachStdin":false,"AttachStdout":false,"AttachStderr":false,"Tty":false,"OpenStdin":false,"StdinOnce":false,"Env":["${PATH}"],"Cmd":null,"Image":"","Volumes":null,"WorkingDir":"/","Entrypoint":null,"OnBuild":null,"Labels":{"a":"b"}}`,
    cli28: `{"Env":["${PATH}"],"WorkingDir":"/","Labels":{"a":"b"}}`,
  },
  {
    dockerfile: 'FROM busybox\n',
    cli2010: `{"Hostname":"","Domainname":"","User":"","AttachStdin":false,"AttachStdout":false,"AttachStderr":false,"Tty":false,"OpenStdin":false,"StdinOnce":false,"Env":["${PATH}"],"Cmd":["sh"],"Image":"","Volumes":null,"WorkingDir":"","Entrypoint":null,"OnBuild":null,"Labels":null}`,
    cli28: `{"Env":["${PATH}"],"Cmd":["sh"]}`,
  },
];

describe('.Config JSON shapes', () => {
  for (const rec of RECORDED) {
    const first = rec.dockerfile.split('\n').slice(0, 3).join(' / ');
    const config = simulate(rec.dockerfile, { frontend: 'engine-20.10' }).config;
    it(`matches the 20.10 CLI byte for byte: ${first}`, () => {
      expect(JSON.stringify(toDockerConfigJson(config, 'engine-20.10'))).toBe(rec.cli2010);
    });
    it(`matches the 28.2 CLI byte for byte: ${first}`, () => {
      expect(JSON.stringify(toDockerConfigJson(config, 'current'))).toBe(rec.cli28);
    });
  }
});
