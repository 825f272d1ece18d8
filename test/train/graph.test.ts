import { expect } from 'chai';
import { dependencyClosure, dependentsOf, planWaves } from '../../src/train/graph.js';
import { DIAMOND, graphModel } from './support.js';

describe('train/graph: waves and dependents over a subset of the modules', () => {
  const closure = dependencyClosure(graphModel(DIAMOND).modules);

  it('knows every transitive dependency', () => {
    expect([...(closure.get('leaf') ?? [])].sort()).to.deep.equal(['base', 'left', 'right', 'top']);
    expect([...(closure.get('base') ?? [])]).to.deep.equal([]);
  });

  const waveCases: [string, string[], string[][]][] = [
    ['every module', Object.keys(DIAMOND), [['base', 'loner'], ['left', 'right'], ['top'], ['leaf']]],
    ['one module', ['top'], [['top']]],
    ['independent modules share wave 1', ['loner', 'left', 'right'], [['left', 'loner', 'right']]],
    ['a dependency outside the train still orders: leaf after base through top', ['leaf', 'base'], [['base'], ['leaf']]],
    ['the diamond without its top', ['base', 'left', 'right', 'leaf'], [['base'], ['left', 'right'], ['leaf']]],
    ['the top and the leaf only', ['leaf', 'top'], [['top'], ['leaf']]],
    ['no modules', [], []],
  ];
  for (const [name, members, want] of waveCases) {
    it(`waves: ${name}`, () => expect(planWaves(closure, members)).to.deep.equal(want));
  }

  const dependentCases: [string, string[], string[], { name: string; because: string[] }[]][] = [
    ['the base of a diamond takes everything above it', Object.keys(DIAMOND), ['base'], [
      { name: 'leaf', because: ['base'] }, { name: 'left', because: ['base'] }, { name: 'right', because: ['base'] }, { name: 'top', because: ['base'] },
    ]],
    ['one side of the diamond takes the top and the leaf, not the other side', Object.keys(DIAMOND), ['left'], [
      { name: 'leaf', because: ['left'] }, { name: 'top', because: ['left'] },
    ]],
    ['both sides are named as reasons', Object.keys(DIAMOND), ['left', 'right'], [
      { name: 'leaf', because: ['left', 'right'] }, { name: 'top', because: ['left', 'right'] },
    ]],
    ['through a module outside the train', ['base', 'leaf', 'loner'], ['base'], [{ name: 'leaf', because: ['base'] }]],
    ['a leaf takes nothing', Object.keys(DIAMOND), ['leaf'], []],
  ];
  for (const [name, members, roots, want] of dependentCases) {
    it(`dependents: ${name}`, () => expect(dependentsOf(closure, members, roots)).to.deep.equal(want));
  }
});
