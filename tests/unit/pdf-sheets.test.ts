import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPdfDecision, writePdfDecision } from '../../src/build/pdf-sheets.ts';

const dir = mkdtempSync(join(tmpdir(), 'rapport-pdf-decision-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the build’s PDF decision', () => {
  it('is read back as the first step wrote it', () => {
    const file = join(dir, 'a/pdf-browser.json');
    writePdfDecision({ browser: { source: 'installed', executablePath: '/usr/bin/chromium' } }, file);
    expect(readPdfDecision(file)).toEqual({ browser: { source: 'installed', executablePath: '/usr/bin/chromium' } });
    writePdfDecision({ browser: null, why: 'no browser' }, file);
    expect(readPdfDecision(file)).toEqual({ browser: null, why: 'no browser' });
  });

  it('means no PDFs (and so no PDF links) when no build has decided', () => {
    expect(readPdfDecision(join(dir, 'missing.json'))).toEqual({ browser: null, why: expect.stringContaining('run npm run build') });
  });
});
