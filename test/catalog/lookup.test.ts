import { describe, expect, it } from 'vitest';
import {
  findRoutine,
  findStretch,
  fillSide,
  getRoutine,
  getStretch,
  isRoutineId,
  isStretchId,
  suggestStretches,
} from '../../skill/catalog';

describe('findStretch', () => {
  const said: [string, string][] = [
    ["child's pose", 'childs-pose'],
    ['Child’s Pose', 'childs-pose'],
    ['child pose', 'childs-pose'],
    ['childs pose', 'childs-pose'],
    ['balasana', 'childs-pose'],
    ["the child's position", 'childs-pose'],
    ['cat-cow', 'cat-cow'],
    ['cat cow', 'cat-cow'],
    ['Cat and Cow', 'cat-cow'],
    ['cat camel', 'cat-cow'],
    ['cat cows', 'cat-cow'],
    ['the cat cow stretch', 'cat-cow'],
    ['knees to chest', 'knee-to-chest'],
    ['knee hug', 'knee-to-chest'],
    ['knee-to-chest stretch', 'knee-to-chest'],
    ['seated twist', 'seated-spinal-twist'],
    ['spinal twist', 'seated-spinal-twist'],
    ['chair twist', 'seated-spinal-twist'],
    ['thread the needle', 'thread-the-needle'],
    ['thread needle', 'thread-the-needle'],
    ['sphinx', 'sphinx-pose'],
    ['the sphinx pose', 'sphinx-pose'],
    ['figure four', 'piriformis-stretch'],
    ['figure 4', 'piriformis-stretch'],
    ['the figure four stretch', 'piriformis-stretch'],
    ['piriformis', 'piriformis-stretch'],
    ['standing backbend', 'standing-back-extension'],
    ['back extension', 'standing-back-extension'],
    ['side bend', 'side-stretch'],
    ['side stretches', 'side-stretch'],
    ['pelvic tilt', 'pelvic-tilts'],
    ['pelvic rocks', 'pelvic-tilts'],
    ['pelvic tilts exercise', 'pelvic-tilts'],
  ];
  for (const [spoken, id] of said) {
    it(`resolves "${spoken}"`, () => expect(findStretch(spoken)?.id).toBe(id));
  }

  const nearMisses: [string, string][] = [
    ['cat cough', 'cat-cow'],
    ['cad cow', 'cat-cow'],
    ['sphynx', 'sphinx-pose'],
    ['sphinks', 'sphinx-pose'],
    ['periformis', 'piriformis-stretch'],
    ['knee to chess', 'knee-to-chest'],
    ['pelvic kilts', 'pelvic-tilts'],
    ['thread the needles', 'thread-the-needle'],
  ];
  for (const [spoken, id] of nearMisses) {
    it(`resolves the near miss "${spoken}"`, () => expect(findStretch(spoken)?.id).toBe(id));
  }

  for (const nonsense of ['banana', 'pizza', 'hello', 'pigeon', 'cobra', 'downward dog', 'side plank', 'neck stretch', 'stretch', '', '   ', '!!!']) {
    it(`does not resolve "${nonsense}"`, () => expect(findStretch(nonsense)).toBeUndefined());
  }
});

describe('suggestStretches', () => {
  it('puts the closest stretch first and returns at most n', () => {
    const suggestions = suggestStretches('cat cowboy', 3);
    expect(suggestions).toHaveLength(3);
    expect(suggestions[0]?.id).toBe('cat-cow');
    expect(new Set(suggestions.map((s) => s.id)).size).toBe(3);
  });
  it('still offers something for an unknown word', () => {
    expect(suggestStretches('pigeon', 2)).toHaveLength(2);
    expect(suggestStretches('pigeon', 0)).toEqual([]);
  });
});

describe('findRoutine', () => {
  const said: [string, string][] = [
    ['daily', 'basic-daily'],
    ['basic', 'basic-daily'],
    ['my morning routine', 'basic-daily'],
    ['basic daily routine', 'basic-daily'],
    ['full', 'comprehensive'],
    ['the long routine', 'comprehensive'],
    ['comprehensive', 'comprehensive'],
    ['desk', 'desk-break'],
    ['office', 'desk-break'],
    ['work break', 'desk-break'],
    ['bedtime', 'bedtime'],
    ['evening', 'bedtime'],
    ['night', 'bedtime'],
    ['before bed', 'bedtime'],
    ['dailly', 'basic-daily'],
  ];
  for (const [spoken, id] of said) {
    it(`resolves "${spoken}"`, () => expect(findRoutine(spoken)?.id).toBe(id));
  }
  for (const nonsense of ['lunch', 'random', 'banana', '']) {
    it(`does not resolve "${nonsense}"`, () => expect(findRoutine(nonsense)).toBeUndefined());
  }
});

describe('ids and sides', () => {
  it('recognises ids and rejects other values', () => {
    expect(isStretchId('cat-cow')).toBe(true);
    expect(isStretchId('cat cow')).toBe(false);
    expect(isStretchId(42)).toBe(false);
    expect(isRoutineId('bedtime')).toBe(true);
    expect(isRoutineId('cat-cow')).toBe(false);
    expect(getStretch('sphinx-pose').name).toBe('Sphinx Pose');
    expect(getRoutine('desk-break').id).toBe('desk-break');
  });

  it('fills the working side and the other one', () => {
    expect(fillSide('Bend your {side} knee over your {other} leg.', 'right')).toBe('Bend your right knee over your left leg.');
    expect(fillSide('Bend your {side} knee over your {other} leg.', 'left')).toBe('Bend your left knee over your right leg.');
    expect(fillSide('No placeholder here.', 'left')).toBe('No placeholder here.');
  });
});
