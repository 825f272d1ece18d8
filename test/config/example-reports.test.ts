// The example modules.yaml is the reference users copy: every report a module declares must be
// one its command writes. A declared path that no command writes fails every build of that module
// at the quality gate ("report missing"), which is how the example once broke auth and config-service.
import { expect } from 'chai';
import { loadProject } from '../../src/app/load-project.js';
import { DEFAULT_CONFIG } from '../../src/util/paths.js';
import type { ReportKind } from './report-writers.js';
import { declaredMatchesWritten, reportsWritten } from './report-writers.js';

interface Declared {
  where: string;
  command: string;
  kind: ReportKind;
  path: string;
}

function unwritten(reports: readonly Declared[]): string[] {
  return reports
    .filter((r) => !declaredMatchesWritten(r.path, reportsWritten(r.command, r.kind)))
    .map((r) => `${r.where}: ${r.kind} ${r.path} is not written by: ${r.command} (it writes ${JSON.stringify(reportsWritten(r.command, r.kind))})`);
}

describe('config: the example modules.yaml writes every report it declares', () => {
  it('every module: unit JUnit and coverage, integration JUnit', async () => {
    const { plan } = await loadProject(DEFAULT_CONFIG);
    const modules = plan?.modules.map((m) => m.module) ?? [];
    expect(modules).to.have.length.greaterThan(5);
    const declared = modules.flatMap((m): Declared[] => [
      { where: `${m.name} unitTests`, command: m.unitTests.command, kind: 'junit', path: m.unitTests.junit },
      ...(m.unitTests.coverage ? [{ where: `${m.name} unitTests`, command: m.unitTests.command, kind: 'coverage' as const, path: m.unitTests.coverage }] : []),
      { where: `${m.name} integrationTests`, command: m.integrationTests.command, kind: 'junit', path: m.integrationTests.junit },
    ]);
    expect(unwritten(declared)).to.deep.equal([]);
  });

  it('catches the commands the example used to have, and accepts their fixes', () => {
    const check = (command: string, kind: ReportKind, path: string) => unwritten([{ where: 'm', command, kind, path }]).length === 0;
    // go test writes no JUnit XML.
    expect(check('go test ./... -coverprofile=cover.out && gocover-cobertura < cover.out > coverage.xml', 'junit', 'reports/junit.xml')).to.equal(false);
    expect(check('go test ./... -coverprofile=cover.out && gocover-cobertura < cover.out > coverage.xml', 'coverage', 'coverage.xml')).to.equal(true);
    expect(check('gotestsum --junitfile reports/junit.xml -- ./...', 'junit', 'reports/junit.xml')).to.equal(true);
    // Gradle's JaCoCo report is not at build/reports/jacoco/cobertura.xml.
    expect(check('./gradlew test jacocoTestReport', 'coverage', 'build/reports/jacoco/cobertura.xml')).to.equal(false);
    expect(check('./gradlew test jacocoTestReport', 'junit', 'build/test-results/test/*.xml')).to.equal(true);
    expect(check('./gradlew integrationTest', 'junit', 'build/test-results/integrationTest/*.xml')).to.equal(true);
    // npm test and jest --coverage alone say nothing about reports; Playwright without a file prints to stdout.
    expect(check('npm ci && npm test', 'junit', 'reports/junit/*.xml')).to.equal(false);
    expect(check('npm ci && npx jest --ci --coverage', 'coverage', 'coverage/cobertura-coverage.xml')).to.equal(false);
    expect(check('npx playwright test --reporter=junit', 'junit', 'reports/playwright-junit.xml')).to.equal(false);
  });

  it('matches declared globs against written files, and written globs only exactly', () => {
    expect(declaredMatchesWritten('reports/junit/*.xml', ['reports/junit/unit.xml'])).to.equal(true);
    expect(declaredMatchesWritten('reports/junit/*.xml', ['reports/unit.xml'])).to.equal(false);
    expect(declaredMatchesWritten('./coverage.xml', ['coverage.xml'])).to.equal(true);
    expect(declaredMatchesWritten('build/**/*.xml', ['build/test-results/test/*.xml'])).to.equal(true);
    expect(declaredMatchesWritten('build/test-results/*/x.xml', ['build/test-results/test/*.xml'])).to.equal(false);
  });
});
