import { afterEach, describe, expect, test } from 'vitest';
import { neededTexts, needTexts, onTextsArrived, setLocale } from '../../src/lib/text/locale';
import { validityTexts } from '../../src/lib/text/times';
import { AnalysisLoader } from '../../src/state/analysis.svelte';

afterEach(() => {
  setLocale('en');
  onTextsArrived(() => {});
});

describe('texts come with the code that needs them', () => {
  test('a chunk is needed only once code asks for it, and then arrives in the language of the page', async () => {
    expect(neededTexts()).toEqual(['boot']);
    const expired = validityTexts.expired('x');
    let arrived = 0;
    onTextsArrived(() => arrived++);
    setLocale('ja');
    expect(validityTexts.expired('x')).toBe(expired);
    await needTexts('analysis');
    expect(neededTexts()).toEqual(['boot', 'analysis']);
    expect(validityTexts.expired('x')).not.toBe(expired);
    expect(arrived).toBe(1);
  });

  test('in English there is nothing to fetch and nothing to redraw', async () => {
    let arrived = 0;
    onTextsArrived(() => arrived++);
    await needTexts('analysis');
    expect(arrived).toBe(0);
  });
});

// After the texts: loading a part asks for its texts.
describe('the analysis, loaded by use', () => {
  test('nothing is there until a part is asked for; each part comes alone, once', async () => {
    const analysis = new AnalysisLoader();
    expect([analysis.decode, analysis.request, analysis.diagnosis]).toEqual([undefined, undefined, undefined]);
    const decode = analysis.loadDecode();
    expect(analysis.loadDecode()).toBe(decode);
    const decoding = await decode;
    expect(analysis.decode).toBe(decoding);
    expect(typeof decoding.decodeInput).toBe('function');
    expect(decoding.example.access_token).toMatch(/^eyJ/);
    // The form's and the answer's parts were not asked for.
    expect(analysis.request).toBeUndefined();
    expect(analysis.diagnosis).toBeUndefined();
    const requesting = await analysis.loadRequest();
    expect(typeof requesting.validateForm).toBe('function');
    expect(analysis.diagnosis).toBeUndefined();
  });

  test('load() brings every part at once, and what an answer needs is all there', async () => {
    const analysis = new AnalysisLoader();
    const all = await analysis.load();
    for (const name of ['decodeInput', 'viewAt', 'validateForm', 'sendRequest', 'diagnose', 'buildReport'] as const)
      expect(typeof all[name], name).toBe('function');
    expect(analysis.decode && analysis.request && analysis.diagnosis).toBeTruthy();
  });

  test('the parts are separate modules: decoding brings no catalogue, no curl import, no send', async () => {
    const decode = await import('../../src/lib/analysis/decode');
    const request = await import('../../src/lib/analysis/request');
    const diagnosis = await import('../../src/lib/analysis/diagnosis');
    expect(Object.keys(decode).sort()).toEqual(['decodeInput', 'decodeResponse', 'example', 'viewAt']);
    expect(Object.keys(request)).not.toContain('diagnose');
    expect(Object.keys(diagnosis)).not.toContain('sendRequest');
  });
});
