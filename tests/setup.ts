import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// A busy 2-core CI machine can take seconds to load a lazy screen: findBy and
// waitFor still poll and return as soon as the condition holds, but give up
// only after 15 s instead of 1 s.
configure({ asyncUtilTimeout: 15_000 });
