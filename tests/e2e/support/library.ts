/** The real library, loaded once, so browser tests compare the pages with the data rather than with numbers typed in. */
import path from 'node:path';
import { loadLibraryOrThrow } from '../../../src/core/load';

export const library = loadLibraryOrThrow(path.resolve(__dirname, '..', '..', '..'));
