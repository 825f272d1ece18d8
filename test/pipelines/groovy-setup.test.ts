// The pipeline tests are never skipped: without Groovy 2.4 they fail and say how to install it.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/util/paths.js';
import { GROOVY_INSTALL_COMMAND, javaEnvironment, makeTempDir } from '../harness/groovy-process.js';

describe('pipelines: Groovy 2.4 set-up', () => {
  it('finds Groovy and the JDK on this machine', () => {
    expect(javaEnvironment().JAVA_HOME).to.match(/^\//);
  });

  it('fails with the install command when Groovy is not on PATH', () => {
    const empty = makeTempDir('no-groovy');
    expect(() => javaEnvironment({ PATH: empty })).to.throw(GROOVY_INSTALL_COMMAND);
  });

  it('makes scripts/test.sh stop with the install command when Groovy is missing and it cannot install', () => {
    // A PATH without groovy and an `id` that says we are not root: ensure_groovy must not install.
    const bin = makeTempDir('not-root');
    writeFileSync(join(bin, 'id'), '#!/bin/sh\necho 1000\n');
    chmodSync(join(bin, 'id'), 0o755);
    const run = spawnSync('/bin/bash', ['-c', 'source scripts/groovy-env.sh && ensure_groovy && echo reached'], {
      cwd: PACKAGE_ROOT,
      env: { PATH: bin },
      encoding: 'utf8',
    });
    expect(run.status).to.equal(1);
    expect(run.stdout).to.not.include('reached');
    expect(run.stderr).to.include(`Install it with: ${GROOVY_INSTALL_COMMAND}`);
  });

  it('waits for the apt lock when it installs a missing package as root (update and install)', () => {
    // As root (`id` says 0) with an apt-get that only records its arguments.
    const bin = makeTempDir('root-apt');
    const log = join(bin, 'apt.log');
    writeFileSync(join(bin, 'id'), '#!/bin/sh\necho 0\n');
    writeFileSync(join(bin, 'apt-get'), `#!/bin/sh\necho "$*" >> ${log}\n`);
    for (const name of ['id', 'apt-get']) chmodSync(join(bin, name), 0o755);
    const run = spawnSync('/bin/bash', ['-c', 'source scripts/groovy-env.sh && ensure_debian_package no-such-command some-package Something'], {
      cwd: PACKAGE_ROOT,
      env: { PATH: `${bin}:/usr/bin:/bin` },
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).to.equal(0);
    expect(readFileSync(log, 'utf8').trim().split('\n')).to.deep.equal([
      '-o DPkg::Lock::Timeout=300 update -qq',
      '-o DPkg::Lock::Timeout=300 install -y -qq some-package',
    ]);
    expect(run.stderr).to.include('waiting up to 300s for the apt lock');
  });
});
