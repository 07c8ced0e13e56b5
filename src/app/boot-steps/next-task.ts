/** Resolves in a new task (setTimeout), so the browser can draw and handle input first. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
