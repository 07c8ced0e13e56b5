import { APP_PATHS } from '../../src/app/route-list';
import { compileContent } from '../../src/content/build/compile-content';

let compiled: ReturnType<typeof compileContent> | null = null;

/**
 * content/ compiled once and shared by the tests that only read it: each
 * compile takes about half a second here, several times that on a busy machine.
 */
export function realContent(): ReturnType<typeof compileContent> {
  compiled ??= compileContent('content', APP_PATHS);
  return compiled;
}
