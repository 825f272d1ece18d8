// What the candidates schema cannot say: every module exists and is listed once per list, and
// each candidate's chart version is one gatehouse made, of the commit the candidate names.
import type { Finding, PathSegment } from '../config/finding.js';
import type { Model } from '../model/types.js';
import { didYouMean } from '../util/suggest.js';
import { parseChartVersion } from '../version/parse.js';
import type { CandidatesFile } from './types.js';

export function checkCandidates(file: CandidatesFile, model: Model): Finding[] {
  const known = model.modules.map((m) => m.name);
  const names = (list: 'candidates' | 'production') => file[list].map((entry, i): [string, PathSegment[]] => [entry.module, [list, i, 'module']]);
  const findings = [...names('candidates'), ...names('production')].flatMap(([name, path]): Finding[] =>
    known.includes(name) ? [] : [{ code: 'GH814', message: `module "${name}" is not defined in modules.yaml`, path, target: 'value', hint: didYouMean(name, known) ?? `modules: ${known.join(', ')}` }],
  );
  for (const list of ['candidates', 'production'] as const) findings.push(...repeated(names(list), list));
  file.candidates.forEach((candidate, i) => {
    const parsed = parseChartVersion(candidate.chartVersion);
    if (!parsed) {
      findings.push({ code: 'GH821', message: `candidate ${candidate.module}: chart version "${candidate.chartVersion}" is not MAJOR.MINOR.PATCH-<channel>.<job>.<build>.g<sha>`, path: ['candidates', i, 'chartVersion'], target: 'value', hint: 'report the version `gatehouse version` printed for the build' });
    } else if (!candidate.commit.startsWith(parsed.sha) && !parsed.sha.startsWith(candidate.commit)) {
      findings.push({ code: 'GH822', message: `candidate ${candidate.module}: commit ${candidate.commit} is not the commit ${parsed.sha} of chart version ${candidate.chartVersion}`, path: ['candidates', i, 'commit'], target: 'value' });
    }
  });
  return findings;
}

function repeated(places: readonly [string, PathSegment[]][], list: string): Finding[] {
  return places.flatMap(([name, path], index): Finding[] => {
    const first = places.findIndex(([other]) => other === name);
    return first === index ? [] : [{ code: 'GH820', message: `module "${name}" is listed again under ${list} (first at ${list}[${first}])`, path, target: 'value', hint: 'report one entry per module' }];
  });
}
