import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/lib/locales';
import { questionPath } from '../../src/lib/urls';
import { contentFileFor } from '../../src/lib/content-layout';
import { readPage, requireDist, ROOT } from '../helpers/dist';
import { readQuestions } from '../helpers/content';
import { parse } from '../helpers/html';

/**
 * "Last changed" under each answer is the date of the last commit that changed that
 * file in that language; in a shallow clone (whose one commit would date every file
 * to the last deploy) the line is left out, never wrong.
 */
requireDist();
const git = (...args: string[]) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
const shallow = git('rev-parse', '--is-shallow-repository').stdout.trim() !== 'false';

describe.each(LANGS)('answers in %s', (lang) => {
  it.each(readQuestions(lang).slice(0, 6).map((q) => [q.data.number] as const))('question %i shows when it last changed, or nothing', (n) => {
    const doc = parse(readPage(questionPath(lang, n)));
    const time = doc.one((el) => el.name === 'time' && el.parent?.parent !== null && (el.parent as { parent?: { attribs?: Record<string, string> } }).parent?.attribs?.class === 'answer-meta');
    const file = contentFileFor(lang, n);
    const expected = git('log', '-1', '--format=%cs', '--', file).stdout.trim();
    if (shallow || !expected) {
      expect(time).toBeNull();
    } else {
      expect(doc.attr(time, 'datetime')).toBe(expected);
    }
  });
});
