// A pause in starting the app: see "Starting in steps" in src/main.tsx.
import { nextTask } from './next-task';

await nextTask();
