import { afterEach, describe, expect, it } from 'vitest';
import { findChromium } from './support/chromium';

describe('findChromium', () => {
  const saved = process.env.CHROMIUM_PATH;
  afterEach(() => {
    if (saved === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = saved;
  });

  it('fails with the command that installs Chromium when there is none', () => {
    delete process.env.CHROMIUM_PATH;
    expect(() => findChromium(['/nowhere/chromium'])).toThrow('sudo apt-get update && sudo apt-get install -y chromium');
  });

  it('says so when CHROMIUM_PATH points at nothing', () => {
    process.env.CHROMIUM_PATH = '/nowhere/chrome';
    expect(() => findChromium()).toThrow('CHROMIUM_PATH is set to /nowhere/chrome, but there is no file there.');
  });

  it('finds a binary that exists', () => {
    delete process.env.CHROMIUM_PATH;
    expect(findChromium([process.execPath])).toBe(process.execPath);
  });
});
